using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using KnowledgeGraph.Ingest.Crawl.Running;
using KnowledgeGraph.Tests.Store;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Tests.Crawl;

public sealed class CrawlWorkerTests : IAsyncLifetime
{
    private readonly TempDirectory _folder = new();
    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await TestSite.StartAsync();

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task The_worker_runs_each_enabled_source_on_its_schedule_and_reports_metrics()
    {
        var counted = new ConcurrentDictionary<string, long>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == CrawlMetrics.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "source" && (string?)tag.Value == "scheduled")
                {
                    counted.AddOrUpdate(instrument.Name, value, (_, n) => n + value);
                }
            }
        });
        listener.Start();

        var scheduled = _site.Source("scheduled");
        scheduled.IntervalMinutes = 60;
        var disabled = _site.Source("disabled");
        disabled.Enabled = false;
        await using var host = await CrawlTestHost.StartAsync(_folder, TestSite.Sources(scheduled, disabled));
        var worker = ActivatorUtilities.CreateInstance<CrawlWorker>(host.Services);

        await worker.StartAsync(default);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await host.State.GetCursorAsync("scheduled", default)).NextRunAt is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        await worker.StopAsync(default);

        var cursor = await host.State.GetCursorAsync("scheduled", default);
        cursor.NextRunAt.Should().BeCloseTo(cursor.RunFinishedAt!.Value.AddMinutes(60), TimeSpan.FromSeconds(1));
        (await host.State.GetCursorAsync("disabled", default)).RunStartedAt.Should().BeNull("a disabled source is not crawled");
        _site.Hits("/news/a1.html").Should().Be(1, "the next run is an hour away");
        counted.GetValueOrDefault("kg.crawl.articles.ingested").Should().Be(6);
        counted.GetValueOrDefault("kg.crawl.pages.failed").Should().Be(6);
        counted.GetValueOrDefault("kg.crawl.pages.fetched").Should().BeGreaterThan(6);
        counted.GetValueOrDefault("kg.crawl.articles.syndicated").Should().Be(1);
    }
}
