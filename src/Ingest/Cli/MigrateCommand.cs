using System.CommandLine;
using KnowledgeGraph.Ingest.Hosting;
using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Neo4j;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Ingest.Cli;

/// <summary><c>migrate</c>: creates or updates the configured store's schema (Neo4j: the cypher/schema constraints and indexes) and says what it applied.</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Apply the configured store's schema (Neo4j constraints and indexes, or the SQLite migrations)");
        command.SetAction((_, ct) => RunAsync(ct));
        return command;
    }

    private static async Task<int> RunAsync(CancellationToken ct)
    {
        // Not started: starting would initialise the store itself; here the verb does it and reports.
        using var host = IngestHost.CreateBuilder().Build();
        var store = host.Services.GetRequiredService<IGraphStore>();
        if (store is Neo4jGraphStore neo4j)
        {
            foreach (var statement in await neo4j.ApplySchemaAsync(ct))
            {
                Console.WriteLine($"applied {statement}");
            }

            Console.WriteLine($"schema is current on {neo4j.Server}");
            return 0;
        }

        await store.InitializeAsync(ct);
        Console.WriteLine($"schema is current ({store.GetType().Name})");
        return 0;
    }
}
