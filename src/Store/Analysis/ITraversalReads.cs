using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.Store.Analysis;

/// <summary>
/// The few reads a level-by-level traversal needs, so one search serves both stores: each store answers them with its own
/// query engine (SQL on one connection, or one Query API request each).
/// </summary>
internal interface ITraversalReads
{
    /// <summary>Relation types without direction: a traversal crosses them either way, whatever direction it was asked for.</summary>
    IReadOnlySet<string> SymmetricTypes { get; }

    /// <summary>
    /// Relations touching <paramref name="ids"/> in <paramref name="direction"/>. Only id, type and ends are required: a store
    /// may leave properties, confidence, dates and evidence out of these level reads (the embedded store does). When
    /// <paramref name="otherEnds"/> is given the caller only wants relations whose far end is one of them, and a store may
    /// leave the others out (returning them anyway is allowed: it is a hint that lets a store read less).
    /// </summary>
    Task<List<Relation>> RelationsTouchingAsync(
        IReadOnlyCollection<string> ids, RelationDirection direction, IReadOnlyList<string>? types, CancellationToken ct,
        IReadOnlyCollection<string>? otherEnds = null);

    /// <summary>
    /// How many relations a level read of <paramref name="ids"/> would walk, counted up to <paramref name="atMost"/> (a
    /// relation with both ends among them may count twice), or null when the store cannot count without reading them. A
    /// path search weighs its two frontiers with it, so a hub at one end is expanded last or never; without counts it
    /// weighs them by node count.
    /// </summary>
    Task<long?> LevelCostAsync(
        IReadOnlyCollection<string> ids, RelationDirection direction, IReadOnlyList<string>? types, long atMost, CancellationToken ct) =>
        Task.FromResult<long?>(null);

    /// <summary>
    /// How many distinct nodes outside <paramref name="seen"/> lie one step from <paramref name="ids"/>, counted up to
    /// <paramref name="atMost"/>. By default the level is read and its nodes counted in memory.
    /// </summary>
    async Task<int> NextLayerSizeAsync(
        IReadOnlyCollection<string> ids, IReadOnlySet<string> seen, RelationDirection direction, IReadOnlyList<string>? types,
        int atMost, CancellationToken ct)
    {
        var frontier = ids.ToHashSet(StringComparer.Ordinal);
        var relations = await RelationsTouchingAsync(ids, direction, types, ct);
        var next = relations
            .SelectMany(r => RelationWalk.Steps(r, frontier, direction, SymmetricTypes))
            .Select(s => s.To)
            .Where(n => !seen.Contains(n))
            .Distinct(StringComparer.Ordinal)
            .Count();
        return Math.Min(next, atMost);
    }

    Task<List<Entity>> EntitiesByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken ct);

    /// <summary>
    /// One neighbourhood level from <paramref name="frontier"/>: at most <paramref name="room"/> nodes outside
    /// <paramref name="seen"/>, most steps from the frontier first (ties by id, ordinal). Its relations must include every
    /// relation touching the frontier whose far end is in <paramref name="seen"/> or kept, in the order of
    /// <see cref="RelationsTouchingAsync"/>; more is allowed. By default, all relations of the frontier are read and the
    /// nodes picked in memory; a store may count and pick in its own engine so a hub's relations are not all handed over.
    /// </summary>
    async Task<NeighborhoodLevel> NeighborhoodLevelAsync(
        HashSet<string> frontier, HashSet<string> seen, RelationFilter filter, int room, CancellationToken ct) =>
        NeighborhoodLevel.Pick(await RelationsTouchingAsync(frontier, filter.Direction, filter.Types, ct), frontier, seen, filter.Direction, SymmetricTypes, room);

    /// <summary>
    /// The same relations in full, with their evidence, in the order given (a store whose level reads already carry
    /// everything returns them as they are). Searches call it once, for the edges they return.
    /// </summary>
    Task<List<Relation>> WithEvidenceAsync(IReadOnlyCollection<Relation> relations, CancellationToken ct);
}
