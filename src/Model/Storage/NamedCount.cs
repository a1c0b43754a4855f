namespace KnowledgeGraph.Model.Storage;

/// <summary>One bucket of a dashboard aggregate: a kind, a province or a month, and how many.</summary>
public sealed record NamedCount(string Name, int Count);
