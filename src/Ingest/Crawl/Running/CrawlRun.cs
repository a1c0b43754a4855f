using System.Collections.Concurrent;
using KnowledgeGraph.Ingest.Crawl.Sources;

namespace KnowledgeGraph.Ingest.Crawl.Running;

/// <summary>
/// One run of one source while it happens: its rules, its tallies (which also feed the process-wide metrics) and the
/// progress display. Pages of a run are handled concurrently, so the tallies are interlocked.
/// </summary>
public sealed class CrawlRun(SourceRules rules, CrawlMetrics metrics, IProgress<CrawlProgress>? progress, bool resumed)
{
    private const int MaximumFailuresKept = 200;

    private readonly ConcurrentDictionary<string, int> _skippedBy = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<CrawlFailure> _failures = new();
    private int _fetched;
    private int _failed;
    private int _skipped;
    private int _articles;
    private int _syndicated;
    private int _entities;
    private int _relations;
    private int _pagesDone;

    public SourceRules Rules { get; } = rules;

    public string Source => Rules.Name;

    public string UserAgent { get; init; } = "";

    public void Fetched()
    {
        Interlocked.Increment(ref _fetched);
        metrics.Fetched(Source);
    }

    public void Failed(Uri url, string reason)
    {
        Interlocked.Increment(ref _failed);
        metrics.Failed(Source);
        if (_failures.Count < MaximumFailuresKept)
        {
            _failures.Enqueue(new CrawlFailure(url.AbsoluteUri, reason));
        }
    }

    public void Skipped(string reason)
    {
        Interlocked.Increment(ref _skipped);
        _skippedBy.AddOrUpdate(reason, 1, (_, n) => n + 1);
        metrics.Skipped(Source, reason);
    }

    public void Ingested(int articles, int entities, int relations)
    {
        Interlocked.Add(ref _articles, articles);
        Interlocked.Add(ref _entities, entities);
        Interlocked.Add(ref _relations, relations);
        metrics.Ingested(Source, articles, entities, relations);
    }

    public void Syndicated()
    {
        Interlocked.Increment(ref _syndicated);
        metrics.Syndicated(Source);
    }

    public void PageDone(Uri url)
    {
        var done = Interlocked.Increment(ref _pagesDone);
        progress?.Report(new CrawlProgress(done, Volatile.Read(ref _articles), Volatile.Read(ref _failed), Volatile.Read(ref _skipped), url.AbsoluteUri));
    }

    public CrawlRunReport Report() => new(Source, resumed, _fetched, _failed, _skipped, _articles, _syndicated, _entities, _relations,
        new Dictionary<string, int>(_skippedBy, StringComparer.Ordinal), [.. _failures]);
}
