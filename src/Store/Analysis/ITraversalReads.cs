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

    /// <summary>Relations touching <paramref name="ids"/> in <paramref name="direction"/>, with or without evidence.</summary>
    Task<List<Relation>> RelationsTouchingAsync(
        IReadOnlyCollection<string> ids, RelationDirection direction, IReadOnlyList<string>? types, CancellationToken ct);

    Task<List<Entity>> EntitiesByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken ct);

    /// <summary>The same relations with their evidence (a store whose traversal reads already carry it returns them as they are).</summary>
    Task<List<Relation>> WithEvidenceAsync(IReadOnlyCollection<Relation> relations, CancellationToken ct);
}
