using KnowledgeGraph.Ingest.Crawl.Politeness;
using KnowledgeGraph.Ingest.Fetch;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingest.Crawl.Running;

/// <summary>
/// How the crawler fetches: robots.txt first, then the host's turn (concurrency and gap, Crawl-delay included), then
/// the fetch with retries and the host's circuit.
/// </summary>
public sealed class PoliteFetcher(ResilientFetcher fetcher, RobotsCache robots, HostThrottle throttle, IOptions<CrawlOptions> options)
{
    private readonly TimeSpan _maximumCrawlDelay = TimeSpan.FromSeconds(Math.Max(0, options.Value.MaxCrawlDelaySeconds));

    /// <summary>The outcome, or null when robots.txt disallows the URL (nothing was fetched).</summary>
    public async Task<FetchOutcome?> FetchAsync(CrawlRun run, Uri url, HttpValidators? conditions, IReadOnlyList<string>? extraMediaTypes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        var rules = await robots.GetAsync(url, run.UserAgent, ct);
        if (!rules.IsAllowed(url))
        {
            return null;
        }

        var gap = run.Rules.RequestDelay;
        if (rules.CrawlDelay is { } asked)
        {
            var bounded = asked < _maximumCrawlDelay ? asked : _maximumCrawlDelay;
            gap = bounded > gap ? bounded : gap;
        }

        using var turn = await throttle.AcquireAsync(url.Host, run.Rules.Source.MaxConcurrencyPerHost, gap, ct);
        return await fetcher.FetchAsync(new FetchRequest(url, conditions, run.UserAgent, extraMediaTypes), ct);
    }
}
