using System.CommandLine;
using KnowledgeGraph.Ingest.Hosting;
using KnowledgeGraph.Model.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowledgeGraph.Ingest.Cli;

/// <summary><c>stats</c>: what the configured store holds, by entity and relation type.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var command = new Command("stats", "Print counts of articles, entities and relations in the configured store");
        command.SetAction((_, ct) => RunAsync(ct));
        return command;
    }

    private static async Task<int> RunAsync(CancellationToken ct)
    {
        using var host = IngestHost.CreateBuilder().Build();
        await host.StartAsync(ct);
        var stats = await host.Services.GetRequiredService<IGraphStore>().GetStatsAsync(ct);
        Console.WriteLine($"articles   {stats.Articles,8}");
        Console.WriteLine($"entities   {stats.Entities,8}");
        foreach (var (type, count) in stats.EntitiesByType.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {type,-22}{count,8}");
        }

        Console.WriteLine($"relations  {stats.Relations,8}");
        foreach (var (type, count) in stats.RelationsByType.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {type,-22}{count,8}");
        }

        await host.StopAsync(CancellationToken.None);
        return 0;
    }
}
