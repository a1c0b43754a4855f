using System.CommandLine;
using KnowledgeGraph.Ingest.Fetch;
using KnowledgeGraph.Ingest.Hosting;
using KnowledgeGraph.Ingest.Load;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowledgeGraph.Ingest.Cli;

/// <summary><c>ingest &lt;files|dirs|urls&gt;</c>: runs the whole pipeline into the configured store, with progress on stderr.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, directories or http(s) URLs", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Parse, extract, resolve and store documents in the configured store") { inputs };
        command.SetAction((result, ct) => RunAsync(result.GetValue(inputs)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] inputs, CancellationToken ct)
    {
        using var host = IngestHost.CreateBuilder().Build();
        await host.StartAsync(ct);
        var reader = host.Services.GetRequiredService<InputReader>();
        var pipeline = host.Services.GetRequiredService<IngestPipeline>();

        var progress = new ConsoleProgress();
        var report = await pipeline.IngestAsync(reader.ReadAsync(inputs, ct), progress, ct);
        progress.Finish();

        foreach (var failure in report.Failures)
        {
            await Console.Error.WriteLineAsync($"error: {failure.Input}: {failure.Reason}");
        }

        Console.WriteLine($"{report.Documents} documents ({report.Articles} articles) stored: {report.EntitiesWritten} entities, {report.RelationsWritten} relations written; {report.Failures.Count} failed");
        await host.StopAsync(CancellationToken.None);
        return report.Failures.Count == 0 ? 0 : 1;
    }
}
