using System.Security.Cryptography;
using KnowledgeGraph.Ingest.Crawl.Links;
using KnowledgeGraph.Ingest.Crawl.Sources;
using KnowledgeGraph.Ingest.Crawl.State;
using KnowledgeGraph.Ingest.Fetch;
using KnowledgeGraph.Ingest.Parse;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingest.Crawl.Running;

/// <summary>
/// One run of one source: seeds the frontier with its start pages and feeds (or resumes the frontier an interrupted
/// run left), then visits it breadth-first — list pages yield article and pagination links, feeds yield articles,
/// articles are ingested — until it is empty or the page budget is spent. Each visited URL is marked done as soon as it
/// is handled, so a restart continues where the last run stopped.
/// </summary>
public sealed class SourceCrawler(
    CrawlState state,
    PoliteFetcher fetcher,
    LinkExtractor links,
    FeedReader feeds,
    ArticleIngestor articles,
    CrawlMetrics metrics,
    IOptions<FetchOptions> fetchOptions,
    TimeProvider time,
    ILogger<SourceCrawler> logger)
{
    public async Task<CrawlRunReport> RunAsync(SourceRules rules, IProgress<CrawlProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var (done, pending) = await state.FrontierCountsAsync(rules.Name, ct);
        var resumed = done + pending > 0;
        var run = new CrawlRun(rules, metrics, progress, resumed) { UserAgent = rules.Source.UserAgent ?? fetchOptions.Value.UserAgent };
        var cursor = await state.GetCursorAsync(rules.Name, ct);
        if (resumed)
        {
            logger.LogInformation("Resuming the interrupted run of {Source}: {Done} pages done, {Pending} waiting", rules.Name, done, pending);
        }
        else
        {
            cursor = cursor with { RunStartedAt = time.GetUtcNow() };
            await state.SaveCursorAsync(cursor, ct);
            await SeedAsync(rules, ct);
        }

        using (logger.BeginScope(new Dictionary<string, object> { ["Source"] = rules.Name }))
        {
            while (true)
            {
                (done, _) = await state.FrontierCountsAsync(rules.Name, ct);
                var budget = rules.Source.MaxPagesPerRun - done;
                var batch = budget > 0 ? await state.TakePendingAsync(rules.Name, Math.Min(budget, rules.Source.MaxConcurrencyPerHost), ct) : [];
                if (batch.Count == 0)
                {
                    break;
                }

                await Task.WhenAll(batch.Select(item => VisitAsync(run, item, ct)));
            }
        }

        await state.ClearFrontierAsync(rules.Name, ct);
        var report = run.Report();
        var finished = time.GetUtcNow();
        await state.SaveCursorAsync(cursor with
        {
            RunFinishedAt = finished,
            NextRunAt = finished + TimeSpan.FromMinutes(rules.Source.IntervalMinutes),
            PagesLastRun = report.PagesFetched + report.PagesFailed,
        }, ct);
        logger.LogInformation("Crawl run finished: {Summary}", report.Summary);
        return report;
    }

    private async Task SeedAsync(SourceRules rules, CancellationToken ct)
    {
        foreach (var url in rules.StartUrls)
        {
            // A one-off URL (ad-hoc source, no patterns) is the article itself.
            var kind = rules.IsArticle(url) || (!rules.HasArticlePatterns && rules.Source.ArticleLinkSelector is null && rules.Feeds.Count == 0) ? LinkKind.Article : LinkKind.List;
            await state.EnqueueAsync(rules.Name, url, kind, null, ct);
        }

        foreach (var feed in rules.Feeds)
        {
            await state.EnqueueAsync(rules.Name, feed, LinkKind.Feed, null, ct);
        }
    }

    private async Task VisitAsync(CrawlRun run, FrontierItem item, CancellationToken ct)
    {
        try
        {
            await VisitCoreAsync(run, item, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One page's surprise must not end the run; the log keeps the stack for the developers.
            logger.LogError(ex, "Visiting {Url} failed", item.Url);
            run.Failed(item.Url, $"{ex.GetType().Name}: {ex.Message}");
        }

        await state.MarkDoneAsync(item, ct);
        run.PageDone(item.Url);
    }

    private async Task VisitCoreAsync(CrawlRun run, FrontierItem item, CancellationToken ct)
    {
        var previous = await state.GetPageAsync(item.Url, ct);
        var record = previous ?? new PageRecord(item.Url.AbsoluteUri, run.Source, item.Kind.ToString(), PageStatus.Listed);
        record = record with { Source = run.Source, Kind = item.Kind.ToString(), Referrer = item.Referrer };

        // Validators only for an article we actually hold (a 304 for a page never stored would lose it). List pages and
        // feeds are always read whole: they are how articles due for a revisit, or failed last time, are found again.
        var conditions = item.Kind == LinkKind.Article && previous?.ContentHash is not null ? previous.Validators : null;
        var outcome = await fetcher.FetchAsync(run, item.Url, conditions, item.Kind == LinkKind.Feed ? FeedReader.MediaTypes : null, ct);
        var now = time.GetUtcNow();
        if (outcome is null)
        {
            run.Skipped("robots");
            await state.SavePageAsync(record with { Status = PageStatus.RobotsDisallowed, CheckedAt = now }, ct);
            return;
        }

        if (outcome.NotModified)
        {
            run.Skipped("not-modified");
            await state.SavePageAsync(record with { Status = PageStatus.NotModified, HttpStatus = outcome.StatusCode, CheckedAt = now, LastError = null, Failures = 0 }, ct);
            return;
        }

        if (outcome.Document is null)
        {
            run.Failed(item.Url, outcome.Error ?? "could not be fetched");
            await state.SavePageAsync(record with
            {
                Status = outcome.Transient ? PageStatus.FailedTransient : PageStatus.FailedPermanent,
                HttpStatus = outcome.StatusCode,
                LastError = outcome.Error,
                Failures = record.Failures + 1,
                CheckedAt = outcome.Transient ? record.CheckedAt : now,
            }, ct);
            return;
        }

        run.Fetched();
        if (item.Kind == LinkKind.Article)
        {
            await articles.HandleAsync(run, item, outcome, previous, ct);
        }
        else
        {
            await ListAsync(run, item, outcome, record with { HttpStatus = outcome.StatusCode, Validators = outcome.Validators, CheckedAt = now, LastError = null, Failures = 0 }, ct);
        }
    }

    private async Task ListAsync(CrawlRun run, FrontierItem item, FetchOutcome outcome, PageRecord record, CancellationToken ct)
    {
        var url = run.Rules.Canonicalizer.Canonicalize(outcome.FinalUrl ?? item.Url) ?? item.Url;
        var document = outcome.Document! with { Origin = url.AbsoluteUri, Name = url.AbsoluteUri };
        var hash = Convert.ToHexStringLower(SHA256.HashData(document.Content.Span));
        IReadOnlyList<PageLink> articleLinks;
        IReadOnlyList<PageLink> listLinks;
        try
        {
            (articleLinks, listLinks) = item.Kind == LinkKind.Feed ? (feeds.Items(document, run.Rules), []) : links.FromListPage(document, run.Rules);
        }
        catch (InvalidDocumentException e)
        {
            run.Failed(item.Url, e.Reason);
            await state.SavePageAsync(record with { Status = PageStatus.FailedPermanent, LastError = e.Reason, Failures = record.Failures + 1 }, ct);
            return;
        }

        foreach (var list in listLinks)
        {
            await state.EnqueueAsync(run.Source, list.Url, LinkKind.List, item.Url.AbsoluteUri, ct);
        }

        foreach (var article in articleLinks)
        {
            await EnqueueArticleAsync(run, article.Url, item.Url.AbsoluteUri, ct);
        }

        await state.SavePageAsync(record with { Status = PageStatus.Listed, ContentHash = hash, ChangedAt = record.ContentHash == hash ? record.ChangedAt : time.GetUtcNow() }, ct);
    }

    // An article already stored (or refused for good) is left alone until it is due for a revisit.
    private async Task EnqueueArticleAsync(CrawlRun run, Uri url, string referrer, CancellationToken ct)
    {
        var known = await state.GetPageAsync(url, ct);
        var settled = known is { CheckedAt: not null } && (known.ContentHash is not null || known.Status is PageStatus.FailedPermanent or PageStatus.RobotsDisallowed);
        if (settled && time.GetUtcNow() - known!.CheckedAt!.Value < TimeSpan.FromHours(run.Rules.Source.RevisitArticlesAfterHours))
        {
            run.Skipped("seen");
            return;
        }

        await state.EnqueueAsync(run.Source, url, LinkKind.Article, referrer, ct);
    }
}
