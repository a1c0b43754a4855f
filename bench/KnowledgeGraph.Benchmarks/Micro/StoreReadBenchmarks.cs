using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Benchmarks.Generate;
using KnowledgeGraph.Benchmarks.Infrastructure;
using KnowledgeGraph.Benchmarks.Runs;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;
using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Sqlite;

namespace KnowledgeGraph.Benchmarks.Micro;

/// <summary>
/// Store reads on a generated graph (by default 10k entities / 100k relations, built once into bench/.data; set
/// KG_BENCH_ENTITIES and KG_BENCH_RELATIONS for another size, e.g. the 1M-relation graph of `bench graph`).
/// </summary>
public class StoreReadBenchmarks
{
    private SqliteGraphStore _store = null!;
    private GraphSamples _s = null!;
    private int _i;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var graph = await ScaleGraph.EnsureAsync(MicroSizes.Entities, MicroSizes.Relations, seed: 42);
        _s = graph.Samples;
        _store = await Stores.OpenAsync(graph.Path, fresh: false);
    }

    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    private string NextId() => _s.EntityIds[_i++ % _s.EntityIds.Count];

    [Benchmark]
    public Task<IReadOnlyList<Entity>> LookupById() => _store.GetEntitiesAsync([NextId()]);

    [Benchmark]
    public Task<Page<Entity>> NameSearch() => _store.ListEntitiesAsync(new EntityFilter { NameContains = _s.NameFragments[_i++ % _s.NameFragments.Count] }, new PageRequest(20));

    [Benchmark]
    public Task<Subgraph> Neighborhood1Hop() => _store.GetNeighborhoodAsync(NextId(), 1, RelationFilter.All, 100);

    [Benchmark]
    public Task<IReadOnlyList<GraphPath>> Paths3Hop()
    {
        var (from, to) = _s.PathPairs[_i++ % _s.PathPairs.Count];
        return _store.FindPathsAsync(from, to, 3, RelationFilter.All, 10);
    }

    [Benchmark]
    public Task<IReadOnlyList<LinkingEntity>> Linking()
    {
        var (a, b) = _s.AlliancePeers[_i++ % _s.AlliancePeers.Count];
        return _store.FindLinkingEntitiesAsync([a, b], OrganizationKinds.Alliance, [RelationTypes.MemberOf]);
    }
}

/// <summary>The graph size of the store micro-benchmarks (environment variables, since BenchmarkDotNet owns the arguments).</summary>
public static class MicroSizes
{
    public static int Entities => int.TryParse(Environment.GetEnvironmentVariable("KG_BENCH_ENTITIES"), out var n) ? n : 10_000;

    public static int Relations => int.TryParse(Environment.GetEnvironmentVariable("KG_BENCH_RELATIONS"), out var n) ? n : 100_000;
}
