using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Analysis;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>The embedded store's answers to a traversal's reads, all on one open connection (one traversal, one connection).</summary>
internal sealed class SqliteTraversalReads(GraphQueries queries, SqliteConnection connection) : ITraversalReads
{
    public IReadOnlySet<string> SymmetricTypes => queries.SymmetricTypes;

    public Task<List<Relation>> RelationsTouchingAsync(
        IReadOnlyCollection<string> ids, RelationDirection direction, IReadOnlyList<string>? types, CancellationToken ct) =>
        queries.RelationsTouchingAsync(connection, ids, direction, types, ct);

    public Task<List<Entity>> EntitiesByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        queries.EntitiesByIdsAsync(connection, ids, ct);

    public Task<List<Relation>> WithEvidenceAsync(IReadOnlyCollection<Relation> relations, CancellationToken ct) =>
        queries.WithEvidenceAsync(connection, relations, ct);
}
