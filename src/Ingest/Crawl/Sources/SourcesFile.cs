namespace KnowledgeGraph.Ingest.Crawl.Sources;

/// <summary>The sources file: the sources, and the query parameters that only track visitors and never select content.</summary>
public sealed class SourcesFile
{
    /// <summary>Dropped from every URL before it is compared or stored; a trailing * matches a prefix (utm_*).</summary>
    public string[] TrackingParameters { get; set; } = [];

    public CrawlSource[] Sources { get; set; } = [];
}
