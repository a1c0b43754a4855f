namespace KnowledgeGraph.Ingest.Extract.Relations;

/// <summary>A relation found by a rule between two mentions, before entity names are assigned.</summary>
public sealed record RelationCandidate(string Type, Mention Source, Mention Target, double Confidence, int SentenceIndex)
{
    public string? Role { get; init; }
    public string? Title { get; init; }
    public string? Instrument { get; init; }
}
