namespace KnowledgeGraph.Ingest.Crawl;

/// <summary>Section <c>Crawl</c>: where the sources and the crawl state live, and crawler-wide politeness bounds.</summary>
public sealed class CrawlOptions
{
    /// <summary>The sources file an operator edits; a relative path is resolved beside the binary.</summary>
    public string SourcesPath { get; set; } = "sources.json";

    /// <summary>The crawl state (frontier, seen URLs, hashes, cursors): its own SQLite file; relative to the current directory.</summary>
    public string StatePath { get; set; } = ".data/crawl.db";

    /// <summary>How long a host's robots.txt is trusted before it is fetched again.</summary>
    public int RobotsCacheMinutes { get; set; } = 60;

    /// <summary>A robots.txt Crawl-delay is obeyed up to this; a larger one would stall a worker on one host.</summary>
    public int MaxCrawlDelaySeconds { get; set; } = 30;

    /// <summary>How often the worker looks for sources that are due.</summary>
    public int WorkerPollSeconds { get; set; } = 30;
}
