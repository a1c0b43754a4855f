using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.Tests.Api;

/// <summary>
/// Instrumentation, not a mock: passes every call to the real store, but <see cref="GetStatsAsync"/> first waits
/// <see cref="Delay"/> on the caller's token, and records whether that token cancelled the wait; writes wait for
/// <see cref="WriteGate"/> when one is set.
/// </summary>
public sealed class SlowGraphStore(IGraphStore inner) : IGraphStore
{
    private int _cancelled;

    public static TimeSpan Delay { get; } = TimeSpan.FromSeconds(30);

    /// <summary>Slow calls the request's cancellation reached inside the store.</summary>
    public int CancelledCalls => Volatile.Read(ref _cancelled);

    public async Task<StoreStats> GetStatsAsync(CancellationToken ct = default)
    {
        try
        {
            await Task.Delay(Delay, ct);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Increment(ref _cancelled);
            throw;
        }

        return await inner.GetStatsAsync(ct);
    }

    public Task InitializeAsync(CancellationToken ct = default) => inner.InitializeAsync(ct);

    public ValueTask<long?> GetDataVersionAsync(CancellationToken ct = default) => inner.GetDataVersionAsync(ct);

    /// <summary>When set, every write first waits for it (a test holds a write in flight and releases it).</summary>
    public Task? WriteGate { get; set; }

    public async Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken ct = default)
    {
        if (WriteGate is { } gate)
        {
            await gate.WaitAsync(ct);
        }

        return await inner.WriteAsync(batch, ct);
    }

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => inner.GetEntitiesAsync(ids, ct);

    public Task<IReadOnlyList<Entity>> FindByNamesAsync(IReadOnlyCollection<string> names, CancellationToken ct = default) => inner.FindByNamesAsync(names, ct);

    public Task<IReadOnlyList<Entity>> FindResolutionCandidatesAsync(
        IReadOnlyCollection<string> names, IReadOnlyCollection<AffiliatedName> affiliated, int othersPerName, CancellationToken ct = default) =>
        inner.FindResolutionCandidatesAsync(names, affiliated, othersPerName, ct);

    public Task<Page<Entity>> ListEntitiesAsync(EntityFilter filter, PageRequest page, CancellationToken ct = default) => inner.ListEntitiesAsync(filter, page, ct);

    public Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> entityIds, RelationFilter filter, CancellationToken ct = default) =>
        inner.GetRelationsAsync(entityIds, filter, ct);

    public Task<Subgraph> GetNeighborhoodAsync(string entityId, int depth, RelationFilter filter, int maxNodes, CancellationToken ct = default) =>
        inner.GetNeighborhoodAsync(entityId, depth, filter, maxNodes, ct);

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(string fromId, string toId, int maxHops, RelationFilter filter, int maxPaths, CancellationToken ct = default) =>
        inner.FindPathsAsync(fromId, toId, maxHops, filter, maxPaths, ct);

    public Task<IReadOnlyList<LinkingEntity>> FindLinkingEntitiesAsync(
        IReadOnlyCollection<string> entityIds, string? kind, IReadOnlyCollection<string> relationTypes, CancellationToken ct = default) =>
        inner.FindLinkingEntitiesAsync(entityIds, kind, relationTypes, ct);

    public Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => inner.GetArticlesAsync(ids, ct);
}
