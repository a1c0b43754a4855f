using System.Collections.Concurrent;
using KnowledgeGraph.Ingest.Fetch;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingest.Crawl.Politeness;

/// <summary>
/// robots.txt per host (scheme, host and port), fetched once and kept for <see cref="CrawlOptions.RobotsCacheMinutes"/>.
/// A missing file (4xx) allows everything; an unreachable one (5xx, timeouts) disallows everything until it is fetched
/// again, because a site in trouble is the last one to crawl (RFC 9309 §2.3.1.4).
/// </summary>
public sealed class RobotsCache(ResilientFetcher fetcher, IOptions<CrawlOptions> options, TimeProvider time, ILogger<RobotsCache> logger)
{
    private static readonly IReadOnlyList<string> TextTypes = ["text/"];

    private readonly ConcurrentDictionary<string, (Task<RobotsTxt> Robots, DateTimeOffset FetchedAt)> _cache = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeSpan _lifetime = TimeSpan.FromMinutes(Math.Max(0, options.Value.RobotsCacheMinutes));

    public async Task<RobotsTxt> GetAsync(Uri url, string userAgent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        var key = $"{url.Scheme}://{url.Authority}|{RobotsTxt.ProductToken(userAgent)}";
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(key, out var cached) && now - cached.FetchedAt < _lifetime && !cached.Robots.IsFaulted && !cached.Robots.IsCanceled)
        {
            return await cached.Robots;
        }

        // Concurrent first requests for one host may fetch it twice; that is cheaper than a lock held across I/O.
        var task = FetchAsync(new Uri(url, "/robots.txt"), userAgent, ct);
        _cache[key] = (task, now);
        return await task;
    }

    private async Task<RobotsTxt> FetchAsync(Uri robotsUrl, string userAgent, CancellationToken ct)
    {
        var outcome = await fetcher.FetchAsync(new FetchRequest(robotsUrl, UserAgent: userAgent, ExtraMediaTypes: TextTypes), ct);
        if (outcome.Document is { } document)
        {
            var text = System.Text.Encoding.UTF8.GetString(document.Content.Span);
            return RobotsTxt.Parse(text, userAgent);
        }

        // 4xx: there is no robots.txt. A refusal that is ours (forbidden address, wrong scheme): the page fetch will
        // be refused for the same reason and should say so, rather than look like a robots.txt rule.
        if (outcome.StatusCode is >= 400 and < 500 || (outcome.StatusCode is null && !outcome.Transient))
        {
            return RobotsTxt.AllowAll;
        }

        logger.LogWarning("robots.txt of {Host} could not be read ({Error}); not crawling the host for now", robotsUrl.Authority, outcome.Error);
        return RobotsTxt.DisallowAll;
    }
}
