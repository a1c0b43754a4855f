using System.CommandLine;
using KnowledgeGraph.Ingest.Curate;
using KnowledgeGraph.Ingest.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowledgeGraph.Ingest.Cli;

/// <summary>
/// <c>reextract [--rebuild]</c>: extraction again over the stored article texts (no fetching), curated decisions applied;
/// prints what was added, removed and changed.
/// </summary>
internal static class ReextractCommand
{
    public static Command Create()
    {
        var rebuild = new Option<bool>("--rebuild") { Description = "Clear the extracted graph first, so it depends only on the articles and the decisions" };
        var command = new Command("reextract", "Rebuild extracted facts from stored article texts, keeping curated decisions") { rebuild };
        command.SetAction((result, ct) => RunAsync(result.GetValue(rebuild), ct));
        return command;
    }

    private static async Task<int> RunAsync(bool rebuild, CancellationToken ct)
    {
        using var host = IngestHost.CreateBuilder().Build();
        await host.StartAsync(ct);
        Reextractor reextractor;
        try
        {
            reextractor = host.Services.GetRequiredService<Reextractor>();
        }
        catch (InvalidOperationException)
        {
            await Console.Error.WriteLineAsync("error: reextract needs a store that can re-derive curated facts (Store:Provider = Sqlite or Neo4j).");
            return 2;
        }

        var progress = new Progress<int>(n => Console.Error.Write($"\r{n} articles re-extracted"));
        var r = await reextractor.RunAsync(rebuild, progress, ct);
        await Console.Error.WriteLineAsync();
        Console.WriteLine($"{r.Articles} articles re-extracted{(rebuild ? " (rebuild)" : "")}; {r.DecisionsApplied} decisions applied");
        Console.WriteLine($"entities   +{r.EntitiesAdded} -{r.EntitiesRemoved} ~{r.EntitiesChanged}");
        Console.WriteLine($"relations  +{r.RelationsAdded} -{r.RelationsRemoved} ~{r.RelationsChanged}");
        await host.StopAsync(CancellationToken.None);
        return 0;
    }
}
