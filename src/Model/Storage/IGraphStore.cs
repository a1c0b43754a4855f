using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Graph;

namespace KnowledgeGraph.Model.Storage;

/// <summary>
/// The graph-store port: the embedded SQLite store and the Neo4j adapter implement it and pass one contract test suite.
/// Network questions are methods here (not generic traversal) so each store answers them natively in one round trip.
/// </summary>
public interface IGraphStore
{
    /// <summary>Creates or migrates the schema. Safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken ct = default);

    /// <summary>Commits a batch whole or not at all (see <see cref="GraphBatch"/> for the idempotency rule).</summary>
    Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken ct = default);

    /// <summary>Entities by id, in one call; ids not found are absent from the result.</summary>
    Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    /// <summary>Entities whose normalised name or alias equals one of <paramref name="names"/> (for resolution).</summary>
    Task<IReadOnlyList<Entity>> FindByNamesAsync(IReadOnlyCollection<string> names, CancellationToken ct = default);

    /// <summary>
    /// The stored entities resolution has to weigh for <paramref name="names"/> (normalised names or aliases), by name
    /// then id: every entity going by one of them, except that of the people with an affiliation only those of an
    /// <paramref name="affiliated"/> pair are sure to come back, plus at least <paramref name="othersPerName"/> of them
    /// per name (all if fewer) — enough to tell one namesake from several without loading every namesake of a common
    /// name. A store may return more (up to <see cref="FindByNamesAsync"/>).
    /// </summary>
    Task<IReadOnlyList<Entity>> FindResolutionCandidatesAsync(
        IReadOnlyCollection<string> names, IReadOnlyCollection<AffiliatedName> affiliated, int othersPerName, CancellationToken ct = default);

    /// <summary>Filtered, cursor-paged entity list ordered by name then id.</summary>
    Task<Page<Entity>> ListEntitiesAsync(EntityFilter filter, PageRequest page, CancellationToken ct = default);

    /// <summary>All relations touching any of <paramref name="entityIds"/>, with evidence, in one call.</summary>
    Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> entityIds, RelationFilter filter, CancellationToken ct = default);

    /// <summary>Entities within <paramref name="depth"/> hops (either direction), at most <paramref name="maxNodes"/> nodes.</summary>
    Task<Subgraph> GetNeighborhoodAsync(string entityId, int depth, RelationFilter filter, int maxNodes, CancellationToken ct = default);

    /// <summary>All shortest paths of at most <paramref name="maxHops"/> hops, walking relations in either direction.</summary>
    Task<IReadOnlyList<GraphPath>> FindPathsAsync(string fromId, string toId, int maxHops, RelationFilter filter, int maxPaths, CancellationToken ct = default);

    /// <summary>
    /// Entities (of <paramref name="kind"/> when given, e.g. Alliance) related to at least two of <paramref name="entityIds"/>
    /// by one of <paramref name="relationTypes"/>, most links first.
    /// </summary>
    Task<IReadOnlyList<LinkingEntity>> FindLinkingEntitiesAsync(IReadOnlyCollection<string> entityIds, string? kind, IReadOnlyCollection<string> relationTypes, CancellationToken ct = default);

    /// <summary>Articles by id, in one call.</summary>
    Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    Task<StoreStats> GetStatsAsync(CancellationToken ct = default);

    /// <summary>
    /// A number that changes whenever anything is committed to the store, by this process or another; null when the
    /// store cannot tell, and then no answer read from it may be reused. Answers cached under one version are current
    /// while the store still reports that version.
    /// </summary>
    ValueTask<long?> GetDataVersionAsync(CancellationToken ct = default);
}
