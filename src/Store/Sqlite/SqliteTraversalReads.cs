using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Analysis;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// The embedded store's answers to a traversal's reads, all on one open connection (one traversal, one connection).
/// Level reads carry only id, type and ends (index-only reads: a hub's tens of thousands of relations cost no table
/// lookups and no JSON parsing); <see cref="WithEvidenceAsync"/> loads the full rows of the edges kept.
/// </summary>
internal sealed class SqliteTraversalReads(GraphQueries queries, SqliteConnection connection) : ITraversalReads
{
    /// <summary>Above this many relations, a neighbourhood level is ranked in SQL (see <see cref="NeighborhoodLevelAsync"/>).</summary>
    internal const int WideLevel = 1000;

    public IReadOnlySet<string> SymmetricTypes => queries.SymmetricTypes;

    public Task<List<Relation>> RelationsTouchingAsync(
        IReadOnlyCollection<string> ids, RelationDirection direction, IReadOnlyList<string>? types, CancellationToken ct,
        IReadOnlyCollection<string>? otherEnds = null) =>
        queries.RelationStepsTouchingAsync(connection, ids, direction, types, otherEnds, ct);

    /// <summary>
    /// A level of up to <see cref="WideLevel"/> relations is picked in memory from one read, as by default. A wider one (a
    /// hub in the frontier) is counted and ranked in SQL, and only the relations into the kept nodes are read: two more
    /// statements, but a hub's thousands of neighbours stay in SQLite. SQLite orders ids by UTF-8 bytes, .NET by UTF-16
    /// code units; the two agree unless an id holds a character at or above U+D800, so when one of the ranked ids does, the
    /// level is picked in memory after all (an id outside the ranked ones cannot then order before them either way).
    /// </summary>
    public async Task<NeighborhoodLevel> NeighborhoodLevelAsync(
        HashSet<string> frontier, HashSet<string> seen, RelationFilter filter, int room, CancellationToken ct)
    {
        var relations = await queries.RelationStepsTouchingAsync(connection, frontier, filter.Direction, filter.Types, null, ct, WideLevel);
        if (relations.Count < WideLevel)
        {
            return NeighborhoodLevel.Pick(relations, frontier, seen, filter.Direction, SymmetricTypes, room);
        }

        var ranked = await queries.NeighborhoodNodesAsync(connection, frontier, seen, filter.Direction, filter.Types, room + 1, ct);
        if (ranked.Any(n => n.Key.Any(ch => ch >= '\uD800')))
        {
            var all = await queries.RelationStepsTouchingAsync(connection, frontier, filter.Direction, filter.Types, null, ct);
            return NeighborhoodLevel.Pick(all, frontier, seen, filter.Direction, SymmetricTypes, room);
        }

        var added = NeighborhoodLevel.Rank(ranked, room);
        var kept = seen.Concat(added).ToList();
        var edges = await queries.RelationStepsTouchingAsync(connection, frontier, filter.Direction, filter.Types, kept, ct);
        return new NeighborhoodLevel(added, ranked.Count > room, edges);
    }

    public async Task<long?> LevelCostAsync(
        IReadOnlyCollection<string> ids, RelationDirection direction, IReadOnlyList<string>? types, long atMost, CancellationToken ct) =>
        await queries.RelationStepsCountAsync(connection, ids, direction, types, atMost, ct);

    public Task<int> NextLayerSizeAsync(
        IReadOnlyCollection<string> ids, IReadOnlySet<string> seen, RelationDirection direction, IReadOnlyList<string>? types,
        int atMost, CancellationToken ct) =>
        queries.NextLayerSizeAsync(connection, ids, seen, direction, types, atMost, ct);

    public Task<List<Entity>> EntitiesByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        queries.EntitiesByIdsAsync(connection, ids, ct);

    public Task<List<Relation>> WithEvidenceAsync(IReadOnlyCollection<Relation> relations, CancellationToken ct) =>
        queries.InFullAsync(connection, relations, ct);
}
