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
    public IReadOnlySet<string> SymmetricTypes => queries.SymmetricTypes;

    public Task<List<Relation>> RelationsTouchingAsync(
        IReadOnlyCollection<string> ids, RelationDirection direction, IReadOnlyList<string>? types, CancellationToken ct,
        IReadOnlyCollection<string>? otherEnds = null) =>
        queries.RelationStepsTouchingAsync(connection, ids, direction, types, otherEnds, ct);

    public Task<List<Entity>> EntitiesByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        queries.EntitiesByIdsAsync(connection, ids, ct);

    public Task<List<Relation>> WithEvidenceAsync(IReadOnlyCollection<Relation> relations, CancellationToken ct) =>
        queries.InFullAsync(connection, relations, ct);
}
