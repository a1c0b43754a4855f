namespace KnowledgeGraph.Model.Storage;

/// <summary>A person's name with the affiliation they were stated with, both normalised (<see cref="Ids.Normalize"/>).</summary>
public readonly record struct AffiliatedName(string Name, string Affiliation);
