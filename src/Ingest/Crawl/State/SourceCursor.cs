namespace KnowledgeGraph.Ingest.Crawl.State;

/// <summary>Where a source's schedule stands: its last run and when the next one is due.</summary>
public sealed record SourceCursor(string Source)
{
    public DateTimeOffset? RunStartedAt { get; init; }
    public DateTimeOffset? RunFinishedAt { get; init; }
    public DateTimeOffset? NextRunAt { get; init; }
    public int PagesLastRun { get; init; }
}
