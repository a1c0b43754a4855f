namespace KnowledgeGraph.Ingest.Extract.Evaluation;

/// <summary>A relation of a gold (or predicted) document; ends name entities of the same document.</summary>
public sealed record GoldRelation(string Type, string Source, string Target, string? Role = null, string? Title = null);
