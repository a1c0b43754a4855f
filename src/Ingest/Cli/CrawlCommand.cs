using System.CommandLine;
using KnowledgeGraph.Ingest.Crawl.Running;
using KnowledgeGraph.Ingest.Crawl.Sources;
using KnowledgeGraph.Ingest.Hosting;
using KnowledgeGraph.Ingest.Load;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowledgeGraph.Ingest.Cli;

/// <summary><c>crawl &lt;source|url&gt;</c>: one run of a configured source (or of one page and its attachments), progress on stderr, summary on stdout.</summary>
internal static class CrawlCommand
{
    public static Command Create()
    {
        var target = new Argument<string>("target") { Description = "A source name from the sources file, or an http(s) URL" };
        var command = new Command("crawl", "Crawl one source (or one URL) once: new and edited articles into the configured store") { target };
        command.SetAction((result, ct) => RunAsync(result.GetValue(target)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(string target, CancellationToken ct)
    {
        var builder = IngestHost.CreateBuilder();
        builder.Services.AddCrawler(builder.Configuration);
        using var host = builder.Build();
        await host.StartAsync(ct);
        var catalog = host.Services.GetRequiredService<SourceCatalog>();
        SourceRules? rules = Uri.TryCreate(target, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? catalog.ForUrl(catalog.Canonicalizer.Canonicalize(url) ?? url)
            : catalog.Find(target);
        if (rules is null)
        {
            await Console.Error.WriteLineAsync($"error: no source named '{target}' in the sources file (known: {string.Join(", ", catalog.All.Select(s => s.Name))})");
            return 2;
        }

        var display = new ConsoleProgress();
        var report = await host.Services.GetRequiredService<SourceCrawler>().RunAsync(rules, new DisplayedProgress(display), ct);
        display.Finish();

        foreach (var failure in report.Failures)
        {
            await Console.Error.WriteLineAsync($"error: {failure.Url}: {failure.Reason}");
        }

        Console.WriteLine(report.Summary);
        await host.StopAsync(CancellationToken.None);
        return report.PagesFailed == 0 ? 0 : 1;
    }

    // Pages of a run finish concurrently; the one-line display draws one report at a time.
    private sealed class DisplayedProgress(ConsoleProgress display) : IProgress<CrawlProgress>
    {
        private readonly Lock _gate = new();

        public void Report(CrawlProgress value)
        {
            lock (_gate)
            {
                display.Report(new IngestProgress(value.PagesDone, value.ArticlesIngested, value.Failed, value.LastUrl));
            }
        }
    }
}
