using KnowledgeGraph.Ingest.Fetch;

namespace KnowledgeGraph.Ingest.Crawl.State;

/// <summary>
/// What the crawl state knows about one URL: its last status, the validators for a conditional GET, the hash of the
/// text last ingested from it and the article that text was stored as (for a syndicated copy: the original's).
/// </summary>
public sealed record PageRecord(string Url, string Source, string Kind, string Status)
{
    public int? HttpStatus { get; init; }
    public HttpValidators? Validators { get; init; }
    public string? ContentHash { get; init; }
    public string? ArticleId { get; init; }
    public string? Referrer { get; init; }
    public string? LastError { get; init; }
    public int Failures { get; init; }

    /// <summary>When the URL last answered definitively (200, 304, or a permanent failure).</summary>
    public DateTimeOffset? CheckedAt { get; init; }

    /// <summary>When its text was last ingested (or recognised as a copy).</summary>
    public DateTimeOffset? ChangedAt { get; init; }
}
