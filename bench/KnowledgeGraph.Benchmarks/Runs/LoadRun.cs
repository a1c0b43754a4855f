using System.Diagnostics;
using KnowledgeGraph.Benchmarks.Generate;
using KnowledgeGraph.Benchmarks.Infrastructure;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Store.Sqlite;

namespace KnowledgeGraph.Benchmarks.Runs;

/// <summary>
/// Workload 2: entities and relations per second into the embedded store through <c>WriteAsync</c>, batch size swept
/// (relations or entities per batch, each batch one transaction), and the store's bytes per relation at rest.
/// </summary>
public static class LoadRun
{
    public static async Task RunAsync(int entities, int relations, IReadOnlyList<int> batchSizes, int seed)
    {
        foreach (var batchSize in batchSizes)
        {
            var graph = GraphGenerator.Generate(entities, relations, batchSize, seed);
            var path = Path.Combine(BenchPaths.Data, $"load-b{batchSize}.db");
            using var store = await Stores.OpenAsync(path, fresh: true);
            var (entityRate, relationRate) = await WriteAsync(store, graph);
            var bytes = Stores.CheckpointedSize(path);
            var detail = new Dictionary<string, object?> { ["batchSize"] = batchSize, ["entities"] = entities, ["relations"] = relations };
            Report.Figure("load", $"entities/s at batch {batchSize}", entityRate, "entities/s", detail);
            Report.Figure("load", $"relations/s at batch {batchSize}", relationRate, "relations/s", detail);
            Report.Figure("load", $"store bytes per relation at batch {batchSize}", (double)bytes / relations, "B", detail);
            File.Delete(path);
        }
    }

    /// <summary>Entity batches first (relations need their ends to exist), then relation batches; each timed apart.</summary>
    public static async Task<(double EntitiesPerSecond, double RelationsPerSecond)> WriteAsync(SqliteGraphStore store, GeneratedGraph graph)
    {
        var sw = Stopwatch.StartNew();
        foreach (var batch in graph.EntityBatches)
        {
            await store.WriteAsync(batch);
        }

        var entitySeconds = sw.Elapsed.TotalSeconds;
        sw.Restart();
        foreach (var batch in graph.RelationBatches)
        {
            await store.WriteAsync(batch);
        }

        var relationSeconds = sw.Elapsed.TotalSeconds;
        return (Count(graph.EntityBatches, b => b.Entities.Count) / entitySeconds, Count(graph.RelationBatches, b => b.Relations.Count) / relationSeconds);
    }

    private static long Count(IReadOnlyList<GraphBatch> batches, Func<GraphBatch, int> count) => batches.Sum(b => (long)count(b));
}
