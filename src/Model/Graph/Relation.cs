namespace KnowledgeGraph.Model.Graph;

/// <summary>An edge of the graph: one per type and (source, target); evidence accumulates across articles.</summary>
public sealed record Relation(string Id, string Type, string SourceId, string TargetId)
{
    /// <summary>role (ORGANIZED), title (HOLDS_POSITION), instrument (PARTNERS_WITH) and other relation properties.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>0..1: how sure the extractor was (the highest over its evidence).</summary>
    public double Confidence { get; init; } = 1.0;

    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>Publication (or ingest) date of the earliest and latest article stating it; set by the store.</summary>
    public DateTimeOffset? FirstSeen { get; init; }
    public DateTimeOffset? LastSeen { get; init; }
}
