using System.CommandLine;
using KnowledgeGraph.Ingest.Hosting;
using KnowledgeGraph.Store.Neo4j;
using KnowledgeGraph.Store.Neo4j.Copy;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingest.Cli;

/// <summary>
/// <c>copy</c>: moves the embedded store's graph and curation decision log into the Neo4j configured under
/// <c>Store:Neo4j</c>, whatever <c>Store:Provider</c> says, then compares counts. Safe to rerun: writes are idempotent.
/// </summary>
internal static class CopyCommand
{
    public static Command Create()
    {
        var from = new Option<string?>("--from") { Description = "The embedded store's file (default: Store:Sqlite:Path)" };
        var batch = new Option<int>("--articles-per-batch") { Description = "Articles per Neo4j transaction", DefaultValueFactory = _ => 200 };
        var decisionsOnly = new Option<bool>("--decisions-only")
        {
            Description = "Copy only the curation decision log (a graph already in Neo4j whose decisions were kept in the SQLite file)",
        };
        var command = new Command("copy", "Copy the embedded (SQLite) store into the Neo4j store configured under Store:Neo4j") { from, batch, decisionsOnly };
        command.SetAction((result, ct) => RunAsync(result.GetValue(from), result.GetValue(batch), result.GetValue(decisionsOnly), ct));
        return command;
    }

    private static async Task<int> RunAsync(string? from, int articlesPerBatch, bool decisionsOnly, CancellationToken ct)
    {
        if (articlesPerBatch <= 0)
        {
            await Console.Error.WriteLineAsync("error: --articles-per-batch must be positive");
            return 2;
        }

        using var host = IngestHost.CreateBuilder().Build();
        var source = from ?? host.Services.GetRequiredService<IOptions<SqliteStoreOptions>>().Value.Path;
        using var target = new Neo4jGraphStore(
            host.Services.GetRequiredService<IOptions<Neo4jStoreOptions>>(),
            TimeProvider.System,
            host.Services.GetService<ILogger<Neo4jGraphStore>>());
        await Console.Error.WriteLineAsync($"copying {Path.GetFullPath(source)} into {target.Server}");
        await target.InitializeAsync(ct);

        CopyReport report;
        try
        {
            report = await GraphCopier.CopyAsync(source, target, articlesPerBatch, new Progress<string>(m => Console.Error.WriteLine(m)), ct, decisionsOnly);
        }
        catch (DecisionLogConflictException e)
        {
            // The graph is copied (unless --decisions-only); the target's decision log holds decisions the source's does not.
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }

        Console.WriteLine($"{report.Batches} batches copied, {report.DecisionsCopied} curation decisions");
        Console.WriteLine($"source: {report.Source.Articles} articles, {report.Source.Entities} entities, {report.Source.Relations} relations");
        Console.WriteLine($"target: {report.Target.Articles} articles, {report.Target.Entities} entities, {report.Target.Relations} relations");
        if (decisionsOnly)
        {
            return 0; // the graphs were not meant to match
        }

        if (!report.TargetWasEmpty)
        {
            Console.WriteLine("the target held data before the copy, so its counts include that");
            return 0;
        }

        if (!report.CountsMatch)
        {
            await Console.Error.WriteLineAsync("error: the target's counts differ from the source's");
            return 1;
        }

        return 0;
    }
}
