namespace KnowledgeGraph.Ingest.Curate.Candidates;

public enum CandidateKind
{
    /// <summary>Two entities that are probably one: accepting merges <c>MergeId</c> into <c>KeepId</c>.</summary>
    Duplicate,

    /// <summary>A relation the extractor was unsure of: accepting confirms it, rejecting removes it.</summary>
    LowConfidenceRelation,
}

/// <summary>One item of the review queue, with a score in 0..1 (higher first) and the reasons it was offered.</summary>
/// <param name="Id">"dup:&lt;keep&gt;:&lt;merge&gt;" or "rel:&lt;relation id&gt;": stable while the graph does not change.</param>
public sealed record Candidate(string Id, CandidateKind Kind, double Score, IReadOnlyList<string> Reasons)
{
    public string? KeepId { get; init; }
    public string? MergeId { get; init; }
    public string? RelationId { get; init; }

    public const string DuplicatePrefix = "dup:";
    public const string RelationPrefix = "rel:";
}
