using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Benchmarks.Generate;
using KnowledgeGraph.Benchmarks.Infrastructure;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Store.Sqlite;

namespace KnowledgeGraph.Benchmarks.Micro;

/// <summary>
/// One SQLite batch write of <see cref="BatchSize"/> relations (with evidence) into a store that already holds the
/// batch's entities. Each invocation writes a batch not seen before, so it measures inserts, not idempotent rewrites.
/// </summary>
[InvocationCount(8)]
public class StoreWriteBenchmarks
{
    private const int Entities = 20_000;
    private SqliteGraphStore _store = null!;
    private IReadOnlyList<GraphBatch> _batches = null!;
    private int _next;

    [Params(100, 1000, 10_000)]
    public int BatchSize { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        // Enough batches for warm-up and measured iterations at InvocationCount(8) without writing one twice.
        var graph = GraphGenerator.Generate(Entities, BatchSize * 8 * 16, BatchSize, seed: 7);
        _batches = graph.RelationBatches;
        _store = await Stores.OpenAsync(Path.Combine(BenchPaths.Data, $"micro-write-{BatchSize}.db"), fresh: true);
        foreach (var batch in graph.EntityBatches)
        {
            await _store.WriteAsync(batch);
        }

        _next = 0;
    }

    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    [Benchmark]
    public Task<KnowledgeGraph.Model.Storage.WriteResult> WriteBatch() => _store.WriteAsync(_batches[_next++ % _batches.Count]);
}
