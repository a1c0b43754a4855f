using KnowledgeGraph.Model.Graph;

namespace KnowledgeGraph.Model.Curation;

/// <summary>
/// What re-deriving curated facts needs from the graph store beyond <see cref="Storage.IGraphStore"/>. Implemented by both
/// stores (the embedded one and Neo4j); a provider without it makes curation that rewrites the graph answer NOT_SUPPORTED.
/// </summary>
public interface ICurationStore
{
    /// <summary>Articles that mention any of the entities or give evidence for a relation touching one, oldest ingest first.</summary>
    Task<IReadOnlyList<string>> ArticlesSupportingAsync(IReadOnlyCollection<string> entityIds, CancellationToken ct = default);

    /// <summary>Every stored article id, oldest ingest first (then by id): the order a rebuild replays them in.</summary>
    Task<IReadOnlyList<string>> AllArticleIdsAsync(CancellationToken ct = default);

    /// <summary>
    /// One transaction: deletes the entities (all of them when <paramref name="resetAll"/>), their names, mentions and the
    /// relations touching them, then writes <paramref name="batch"/> like <see cref="Storage.IGraphStore.WriteAsync"/>.
    /// </summary>
    Task<Storage.WriteResult> ReplaceAsync(IReadOnlyCollection<string> resetEntityIds, bool resetAll, GraphBatch batch, CancellationToken ct = default);

    /// <summary>One relation by id, without evidence; null when there is none.</summary>
    Task<Relation?> GetRelationAsync(string id, CancellationToken ct = default);

    /// <summary>The whole graph in a comparable form (for re-extraction reports and checks).</summary>
    Task<GraphSnapshot> SnapshotAsync(CancellationToken ct = default);
}
