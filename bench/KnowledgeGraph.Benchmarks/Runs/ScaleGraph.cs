using System.Text.Json;
using KnowledgeGraph.Benchmarks.Generate;
using KnowledgeGraph.Benchmarks.Infrastructure;

namespace KnowledgeGraph.Benchmarks.Runs;

/// <summary>The graph the query runs ask: built once into bench/.data (with its sample ids beside it) and reused after.</summary>
public sealed record ScaleGraphFile(string Path, GraphSamples Samples, int Entities, int Relations);

public static class ScaleGraph
{
    private const int BatchSize = 10_000;
    private static readonly JsonSerializerOptions Json = new() { IncludeFields = true };

    public static async Task<ScaleGraphFile> EnsureAsync(int entities, int relations, int seed, bool rebuild = false)
    {
        var path = System.IO.Path.Combine(BenchPaths.Data, $"graph-e{entities}-r{relations}-s{seed}.db");
        var samplesPath = path + ".samples.json";
        if (!rebuild && File.Exists(samplesPath) && File.Exists(path))
        {
            return new ScaleGraphFile(path, JsonSerializer.Deserialize<GraphSamples>(File.ReadAllText(samplesPath), Json)!, entities, relations);
        }

        File.Delete(samplesPath);
        var graph = GraphGenerator.Generate(entities, relations, BatchSize, seed);
        var d = graph.Degrees;
        Report.Note("graph", $"degrees: max {d.Max}, mean {d.Mean:0.0}, median {d.Median}, p99 {d.P99}, isolated {d.Isolated}");
        using (var store = await Stores.OpenAsync(path, fresh: true))
        {
            var (entityRate, relationRate) = await LoadRun.WriteAsync(store, graph);
            var detail = new Dictionary<string, object?> { ["batchSize"] = BatchSize, ["entities"] = entities, ["relations"] = relations, ["maxDegree"] = d.Max, ["medianDegree"] = d.Median, ["p99Degree"] = d.P99 };
            Report.Figure("graph", "build entities/s", entityRate, "entities/s", detail);
            Report.Figure("graph", "build relations/s", relationRate, "relations/s", detail);
        }

        Report.Figure("graph", "store bytes per relation", (double)Stores.CheckpointedSize(path) / relations, "B", new Dictionary<string, object?> { ["entities"] = entities, ["relations"] = relations });
        File.WriteAllText(samplesPath, JsonSerializer.Serialize(graph.Samples, Json));
        return new ScaleGraphFile(path, graph.Samples, entities, relations);
    }
}
