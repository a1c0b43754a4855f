namespace KnowledgeGraph.Ingest.Crawl.State;

/// <summary>What became of a URL the last time it was looked at (stored as text in the crawl state).</summary>
public static class PageStatus
{
    public const string Ingested = "ingested";
    public const string Unchanged = "unchanged";
    public const string NotModified = "not-modified";
    public const string Duplicate = "duplicate";
    public const string Listed = "listed";
    public const string Attachment = "attachment";
    public const string RobotsDisallowed = "robots-disallowed";

    /// <summary>Failed in a way that may pass (5xx, timeout, open circuit, store error): tried again next run.</summary>
    public const string FailedTransient = "failed-transient";

    /// <summary>Failed for good (404, refused address or type, oversize, unparseable): left until it is due for a revisit.</summary>
    public const string FailedPermanent = "failed-permanent";
}
