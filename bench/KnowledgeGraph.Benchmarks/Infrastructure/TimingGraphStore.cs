using System.Diagnostics;
using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.Benchmarks.Infrastructure;

/// <summary>
/// The store with a stopwatch around the calls ingest makes (writes, and the resolver's name look-ups), so an
/// end-to-end run can say where its time went without a profiler.
/// </summary>
public sealed class TimingGraphStore(IGraphStore inner) : IGraphStore
{
    public TimeSpan WriteTime { get; private set; }

    public TimeSpan LookupTime { get; private set; }

    public Task InitializeAsync(CancellationToken ct = default) => inner.InitializeAsync(ct);

    public async Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken ct = default)
    {
        var sw = Stopwatch.StartNew();
        var result = await inner.WriteAsync(batch, ct);
        WriteTime += sw.Elapsed;
        return result;
    }

    public async Task<IReadOnlyList<Entity>> FindByNamesAsync(IReadOnlyCollection<string> names, CancellationToken ct = default)
    {
        var sw = Stopwatch.StartNew();
        var result = await inner.FindByNamesAsync(names, ct);
        LookupTime += sw.Elapsed;
        return result;
    }

    public async Task<IReadOnlyList<Entity>> FindResolutionCandidatesAsync(
        IReadOnlyCollection<string> names, IReadOnlyCollection<AffiliatedName> affiliated, int othersPerName, CancellationToken ct = default)
    {
        var sw = Stopwatch.StartNew();
        var result = await inner.FindResolutionCandidatesAsync(names, affiliated, othersPerName, ct);
        LookupTime += sw.Elapsed;
        return result;
    }

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => inner.GetEntitiesAsync(ids, ct);

    public Task<Page<Entity>> ListEntitiesAsync(EntityFilter filter, PageRequest page, CancellationToken ct = default) => inner.ListEntitiesAsync(filter, page, ct);

    public Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> entityIds, RelationFilter filter, CancellationToken ct = default) =>
        inner.GetRelationsAsync(entityIds, filter, ct);

    public Task<Subgraph> GetNeighborhoodAsync(string entityId, int depth, RelationFilter filter, int maxNodes, CancellationToken ct = default) =>
        inner.GetNeighborhoodAsync(entityId, depth, filter, maxNodes, ct);

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(string fromId, string toId, int maxHops, RelationFilter filter, int maxPaths, CancellationToken ct = default) =>
        inner.FindPathsAsync(fromId, toId, maxHops, filter, maxPaths, ct);

    public Task<IReadOnlyList<LinkingEntity>> FindLinkingEntitiesAsync(IReadOnlyCollection<string> entityIds, string? kind, IReadOnlyCollection<string> relationTypes, CancellationToken ct = default) =>
        inner.FindLinkingEntitiesAsync(entityIds, kind, relationTypes, ct);

    public Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => inner.GetArticlesAsync(ids, ct);

    public Task<StoreStats> GetStatsAsync(CancellationToken ct = default) => inner.GetStatsAsync(ct);

    public ValueTask<long?> GetDataVersionAsync(CancellationToken ct = default) => inner.GetDataVersionAsync(ct);
}
