using KnowledgeGraph.Model.Graph;

namespace KnowledgeGraph.Model.Storage;

/// <summary>
/// The analysts' and dashboards' network questions that need a store's own query engine (rankings, aggregates, subgraph
/// filters). A port beside <see cref="IGraphStore"/> rather than new members on it, so a store adapter can take these on
/// separately; questions answerable from <see cref="IGraphStore"/> alone (timelines, positions, common partners) are not here.
/// Paged answers use opaque store cursors like <see cref="IGraphStore.ListEntitiesAsync"/>.
/// </summary>
public interface INetworkQueries
{
    /// <summary>
    /// Like <see cref="IGraphStore.GetNeighborhoodAsync"/>, but only entities passing <see cref="NeighborhoodQuery.Types"/> and
    /// <see cref="NeighborhoodQuery.Kinds"/> are entered (and walked through); the centre is always kept.
    /// </summary>
    Task<Subgraph> GetFilteredNeighborhoodAsync(string entityId, NeighborhoodQuery query, CancellationToken ct = default);

    /// <summary>
    /// Entities that organised or attended the same events as <paramref name="entityId"/>, most shared events first (then name, id),
    /// each with its ORGANIZED/ATTENDED relations to those events (with evidence).
    /// </summary>
    Task<Page<CoParticipant>> FindCoParticipantsAsync(
        string entityId, IReadOnlyCollection<string>? entityTypes, PageRequest page, CancellationToken ct = default);

    /// <summary>Entities ranked by degree or betweenness within the subgraph induced by <see cref="BrokerQuery"/>'s scope.</summary>
    Task<BrokerRanking> RankBrokersAsync(BrokerQuery query, PageRequest page, CancellationToken ct = default);

    /// <summary>Entities ranked by <paramref name="measure"/> (most first, then name, id), filtered like the entity lists.</summary>
    Task<Page<RankedEntity>> RankEntitiesAsync(EntityMeasure measure, EntityFilter filter, PageRequest page, CancellationToken ct = default);

    /// <summary>
    /// Entities and relations whose supporting articles were ingested at or after <paramref name="since"/>, oldest change first
    /// (so a dashboard paging forward never misses one that arrives while it pages).
    /// </summary>
    Task<Page<GraphChange>> GetChangesAsync(DateTimeOffset since, PageRequest page, CancellationToken ct = default);

    /// <summary>Entities of <paramref name="entityType"/> counted by organization kind (null kind: "Unknown"), most first.</summary>
    Task<IReadOnlyList<NamedCount>> CountByKindAsync(string entityType, CancellationToken ct = default);

    /// <summary>
    /// Entities counted by province (from a <c>province</c> property, else <see cref="PlaceLexicon"/> on <c>location</c> or the
    /// name), most first. Entities no place is known for count under <see cref="PlaceLexicon.Unknown"/>.
    /// </summary>
    Task<IReadOnlyList<NamedCount>> CountByProvinceAsync(EntityFilter filter, CancellationToken ct = default);

    /// <summary>Articles per publication month ("2026-02"), oldest first; undated articles are not counted.</summary>
    Task<IReadOnlyList<NamedCount>> CountArticlesByMonthAsync(DateOnly? from, DateOnly? to, CancellationToken ct = default);
}
