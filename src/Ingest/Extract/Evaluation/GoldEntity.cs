namespace KnowledgeGraph.Ingest.Extract.Evaluation;

/// <summary>An entity of a gold (or predicted) document in the ONTOLOGY.md gold format.</summary>
public sealed record GoldEntity(string Type, string Name, string? Kind, IReadOnlyList<string> Aliases);
