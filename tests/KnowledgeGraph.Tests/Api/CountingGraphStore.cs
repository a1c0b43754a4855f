using System.Collections.Concurrent;
using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.Tests.Api;

/// <summary>Instrumentation, not a mock: every call goes to the real store and is counted by method name.</summary>
public sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private readonly ConcurrentDictionary<string, int> _calls = new();

    public IReadOnlyDictionary<string, int> Calls => new Dictionary<string, int>(_calls);

    public int TotalCalls => _calls.Values.Sum();

    public void Reset() => _calls.Clear();

    public Task InitializeAsync(CancellationToken ct = default) => Count(nameof(InitializeAsync), inner.InitializeAsync(ct));

    public Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken ct = default) => Count(nameof(WriteAsync), inner.WriteAsync(batch, ct));

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        Count(nameof(GetEntitiesAsync), inner.GetEntitiesAsync(ids, ct));

    public Task<IReadOnlyList<Entity>> FindByNamesAsync(IReadOnlyCollection<string> names, CancellationToken ct = default) =>
        Count(nameof(FindByNamesAsync), inner.FindByNamesAsync(names, ct));

    public Task<IReadOnlyList<Entity>> FindResolutionCandidatesAsync(
        IReadOnlyCollection<string> names, IReadOnlyCollection<AffiliatedName> affiliated, int othersPerName, CancellationToken ct = default) =>
        Count(nameof(FindResolutionCandidatesAsync), inner.FindResolutionCandidatesAsync(names, affiliated, othersPerName, ct));

    public Task<Page<Entity>> ListEntitiesAsync(EntityFilter filter, PageRequest page, CancellationToken ct = default) =>
        Count(nameof(ListEntitiesAsync), inner.ListEntitiesAsync(filter, page, ct));

    public Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> entityIds, RelationFilter filter, CancellationToken ct = default) =>
        Count(nameof(GetRelationsAsync), inner.GetRelationsAsync(entityIds, filter, ct));

    public Task<Subgraph> GetNeighborhoodAsync(string entityId, int depth, RelationFilter filter, int maxNodes, CancellationToken ct = default) =>
        Count(nameof(GetNeighborhoodAsync), inner.GetNeighborhoodAsync(entityId, depth, filter, maxNodes, ct));

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(string fromId, string toId, int maxHops, RelationFilter filter, int maxPaths, CancellationToken ct = default) =>
        Count(nameof(FindPathsAsync), inner.FindPathsAsync(fromId, toId, maxHops, filter, maxPaths, ct));

    public Task<IReadOnlyList<LinkingEntity>> FindLinkingEntitiesAsync(
        IReadOnlyCollection<string> entityIds, string? kind, IReadOnlyCollection<string> relationTypes, CancellationToken ct = default) =>
        Count(nameof(FindLinkingEntitiesAsync), inner.FindLinkingEntitiesAsync(entityIds, kind, relationTypes, ct));

    public Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        Count(nameof(GetArticlesAsync), inner.GetArticlesAsync(ids, ct));

    public Task<StoreStats> GetStatsAsync(CancellationToken ct = default) => Count(nameof(GetStatsAsync), inner.GetStatsAsync(ct));

    public ValueTask<long?> GetDataVersionAsync(CancellationToken ct = default) => inner.GetDataVersionAsync(ct);

    private T Count<T>(string method, T call)
    {
        _calls.AddOrUpdate(method, 1, (_, n) => n + 1);
        return call;
    }
}
