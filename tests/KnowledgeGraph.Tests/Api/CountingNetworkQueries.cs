using System.Collections.Concurrent;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.Tests.Api;

/// <summary>Instrumentation, not a mock: every network question goes to the real implementation and is counted by method name.</summary>
public sealed class CountingNetworkQueries(INetworkQueries inner) : INetworkQueries
{
    private readonly ConcurrentDictionary<string, int> _calls = new();

    public IReadOnlyDictionary<string, int> Calls => new Dictionary<string, int>(_calls);

    public int TotalCalls => _calls.Values.Sum();

    public void Reset() => _calls.Clear();

    public Task<Subgraph> GetFilteredNeighborhoodAsync(string entityId, NeighborhoodQuery query, CancellationToken ct = default) =>
        Count(nameof(GetFilteredNeighborhoodAsync), inner.GetFilteredNeighborhoodAsync(entityId, query, ct));

    public Task<Page<CoParticipant>> FindCoParticipantsAsync(string entityId, IReadOnlyCollection<string>? entityTypes, PageRequest page, CancellationToken ct = default) =>
        Count(nameof(FindCoParticipantsAsync), inner.FindCoParticipantsAsync(entityId, entityTypes, page, ct));

    public Task<BrokerRanking> RankBrokersAsync(BrokerQuery query, PageRequest page, CancellationToken ct = default) =>
        Count(nameof(RankBrokersAsync), inner.RankBrokersAsync(query, page, ct));

    public Task<Page<RankedEntity>> RankEntitiesAsync(EntityMeasure measure, EntityFilter filter, PageRequest page, CancellationToken ct = default) =>
        Count(nameof(RankEntitiesAsync), inner.RankEntitiesAsync(measure, filter, page, ct));

    public Task<Page<GraphChange>> GetChangesAsync(DateTimeOffset since, PageRequest page, CancellationToken ct = default) =>
        Count(nameof(GetChangesAsync), inner.GetChangesAsync(since, page, ct));

    public Task<IReadOnlyList<NamedCount>> CountByKindAsync(string entityType, CancellationToken ct = default) =>
        Count(nameof(CountByKindAsync), inner.CountByKindAsync(entityType, ct));

    public Task<IReadOnlyList<NamedCount>> CountByProvinceAsync(EntityFilter filter, CancellationToken ct = default) =>
        Count(nameof(CountByProvinceAsync), inner.CountByProvinceAsync(filter, ct));

    public Task<IReadOnlyList<NamedCount>> CountArticlesByMonthAsync(DateOnly? from, DateOnly? to, CancellationToken ct = default) =>
        Count(nameof(CountArticlesByMonthAsync), inner.CountArticlesByMonthAsync(from, to, ct));

    private T Count<T>(string method, T call)
    {
        _calls.AddOrUpdate(method, 1, (_, n) => n + 1);
        return call;
    }
}
