namespace KnowledgeGraph.Ingest.Crawl.Running;

/// <summary>What one run of a source did; the one-shot verb prints it, the worker logs it.</summary>
public sealed record CrawlRunReport(
    string Source,
    bool Resumed,
    int PagesFetched,
    int PagesFailed,
    int PagesSkipped,
    int ArticlesIngested,
    int SyndicatedCopies,
    int EntitiesWritten,
    int RelationsWritten,
    IReadOnlyDictionary<string, int> SkippedBy,
    IReadOnlyList<CrawlFailure> Failures)
{
    public string Summary =>
        $"{Source}: {PagesFetched} pages fetched, {PagesFailed} failed, {PagesSkipped} skipped"
        + (SkippedBy.Count > 0 ? " (" + string.Join(", ", SkippedBy.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Value} {p.Key}")) + ")" : "")
        + $"; {ArticlesIngested} articles ingested, {SyndicatedCopies} syndicated copies recorded; {EntitiesWritten} entities, {RelationsWritten} relations written"
        + (Resumed ? " (resumed an interrupted run)" : "");
}

/// <summary>A page that failed in a run, and why.</summary>
public sealed record CrawlFailure(string Url, string Reason);
