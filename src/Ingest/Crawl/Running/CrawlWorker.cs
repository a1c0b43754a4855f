using KnowledgeGraph.Ingest.Crawl.Sources;
using KnowledgeGraph.Ingest.Crawl.State;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingest.Crawl.Running;

/// <summary>
/// The long-running crawler: each enabled source runs on its own schedule (its interval after the previous run ended,
/// as recorded in the crawl state), an interrupted run is resumed at once, and a failing run is logged and tried again
/// at the next due time. Stops cleanly with the host (Ctrl+C, SIGTERM from systemd or Docker).
/// </summary>
public sealed class CrawlWorker(SourceCatalog catalog, SourceCrawler crawler, CrawlState state, IOptions<CrawlOptions> options, TimeProvider time, ILogger<CrawlWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var sources = catalog.Enabled.ToList();
        if (sources.Count == 0)
        {
            logger.LogWarning("No enabled source in the sources file; the worker has nothing to crawl");
            return;
        }

        logger.LogInformation("Crawl worker started with {Count} sources: {Sources}", sources.Count, string.Join(", ", sources.Select(s => s.Name)));
        await Task.WhenAll(sources.Select(s => RunScheduleAsync(s, stoppingToken)));
    }

    private async Task RunScheduleAsync(SourceRules source, CancellationToken ct)
    {
        var poll = TimeSpan.FromSeconds(Math.Max(1, options.Value.WorkerPollSeconds));
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var wait = await UntilDueAsync(source, ct);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait < poll ? wait : poll, time, ct);
                    continue;
                }

                await crawler.RunAsync(source, null, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "The run of {Source} failed; trying again after {Poll}", source.Name, poll);
                await Task.Delay(poll, time, ct).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task<TimeSpan> UntilDueAsync(SourceRules source, CancellationToken ct)
    {
        var (done, pending) = await state.FrontierCountsAsync(source.Name, ct);
        if (done + pending > 0)
        {
            return TimeSpan.Zero;
        }

        var cursor = await state.GetCursorAsync(source.Name, ct);
        return cursor.NextRunAt is { } next ? next - time.GetUtcNow() : TimeSpan.Zero;
    }
}
