using System.CommandLine;
using KnowledgeGraph.Ingest.Crawl.Running;
using KnowledgeGraph.Ingest.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowledgeGraph.Ingest.Cli;

/// <summary><c>worker</c>: crawls every enabled source on its schedule until stopped (Ctrl+C, SIGTERM); suited to run as a service.</summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var command = new Command("worker", "Run the crawler: every enabled source of the sources file on its schedule, until stopped");
        command.SetAction((_, ct) => RunAsync(ct));
        return command;
    }

    private static async Task<int> RunAsync(CancellationToken ct)
    {
        var builder = IngestHost.CreateBuilder();
        builder.Services.AddCrawler(builder.Configuration);
        builder.Services.AddHostedService<CrawlWorker>();
        using var host = builder.Build();
        await host.RunAsync(ct);
        return 0;
    }
}
