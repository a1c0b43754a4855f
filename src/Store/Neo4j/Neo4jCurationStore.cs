using System.Globalization;
using KnowledgeGraph.Model.Curation;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Neo4j.Http;
using KnowledgeGraph.Store.Neo4j.Statements;
using KnowledgeGraph.Store.Sqlite;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// Curation's re-derivation on Neo4j (<c>cypher/curation/</c>), with the embedded store's semantics
/// (<see cref="SqliteGraphStore"/> implements the same port): the articles to re-extract, and the replacement of the
/// entities they support in one explicit transaction — the reset statements, then the batch writer's own steps.
/// Runs over <paramref name="store"/>'s connection and statement catalogue.
/// </summary>
public sealed class Neo4jCurationStore(Neo4jGraphStore store) : ICurationStore
{
    public async Task<IReadOnlyList<string>> ArticlesSupportingAsync(IReadOnlyCollection<string> entityIds, CancellationToken ct = default)
    {
        await store.EnsureInitializedAsync(ct);
        var rows = await store.Session.RunAsync(StatementNames.ArticlesSupporting, Parameters(("ids", entityIds.Distinct().ToList())), ct);
        return rows.Select(r => r.String("id")).ToList();
    }

    public async Task<IReadOnlyList<string>> AllArticleIdsAsync(CancellationToken ct = default)
    {
        await store.EnsureInitializedAsync(ct);
        return (await store.Session.RunAsync(StatementNames.AllArticleIds, Parameters(), ct)).Select(r => r.String("id")).ToList();
    }

    public Task<WriteResult> ReplaceAsync(IReadOnlyCollection<string> resetEntityIds, bool resetAll, GraphBatch batch, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(resetEntityIds);
        var ids = resetEntityIds.Distinct().ToList();
        return store.WriteAfterAsync("curation replace", tx => ResetAsync(tx, ids, resetAll), batch, store.Time.GetUtcNow(), ct);
    }

    public async Task<Relation?> GetRelationAsync(string id, CancellationToken ct = default)
    {
        await store.EnsureInitializedAsync(ct);
        var row = (await store.Session.RunAsync(StatementNames.RelationById, Parameters(("id", id)), ct)).FirstOrDefault();
        return row is null
            ? null
            : new Relation(row.String("id"), row.String("type"), row.String("sourceId"), row.String("targetId")) { Confidence = row.Double("confidence") };
    }

    /// <summary>
    /// The same rows as the embedded store's snapshot (CurationSql.SnapshotEntities/SnapshotRelations): entities and
    /// relations by id, aliases and "article:start-end" spans sorted and joined by '|', confidence to 6 places.
    /// Cypher returns the parts; the sorting and joining happen here so both stores share one definition of order.
    /// </summary>
    public async Task<GraphSnapshot> SnapshotAsync(CancellationToken ct = default)
    {
        await store.EnsureInitializedAsync(ct);
        var entities = (await store.Session.RunAsync(StatementNames.SnapshotEntities, Parameters(), ct))
            .Select(r => new SnapshotEntity(r.String("id"), r.String("type"), r.String("name"), r.NullableString("kind"),
                Joined(r.Strings("aliases").Distinct()), Joined(r.Strings("mentions"))))
            .OrderBy(e => e.Id, CodePointOrder.Instance)
            .ToList();
        var relations = (await store.Session.RunAsync(StatementNames.SnapshotRelations, Parameters(), ct))
            .Select(r => new SnapshotRelation(r.String("id"), r.String("type"), r.String("sourceId"), r.String("targetId"),
                Math.Round(r.Double("confidence"), 6), Joined(Spans(r))))
            .OrderBy(r => r.Id, CodePointOrder.Instance)
            .ToList();
        return new GraphSnapshot(entities, relations);
    }

    /// <summary>
    /// Deletes what the batch is about to re-derive, inside its transaction: first the relations touching the entities
    /// leave their articles' evidence index, then the entities go with their mentions, relations and unshared names.
    /// Idempotent, so the retry policy may rerun the whole transaction.
    /// </summary>
    private async Task ResetAsync(Neo4jSession.TransactionRunner tx, IReadOnlyList<string> ids, bool resetAll)
    {
        if (resetAll)
        {
            await tx.RunAsync(StatementNames.UnindexAllRelations, Parameters());
            await tx.RunAsync(StatementNames.ResetAll, Parameters());
            return;
        }

        // Unindex every chunk before deleting any: a relation between two reset entities must still be found from either.
        var chunks = ids.Chunk(store.BatchSize).ToList();
        foreach (var chunk in chunks)
        {
            await tx.RunAsync(StatementNames.UnindexRelationsOfEntities, Parameters(("ids", chunk)));
        }

        foreach (var chunk in chunks)
        {
            await tx.RunAsync(StatementNames.ResetEntities, Parameters(("ids", chunk)));
        }
    }

    private static IEnumerable<string> Spans(QueryRow row)
    {
        var articles = row.Strings("evidenceArticleIds");
        var starts = row.Ints("evidenceStarts");
        var ends = row.Ints("evidenceEnds");
        return articles.Select((a, i) => string.Create(CultureInfo.InvariantCulture, $"{a}:{starts[i]}-{ends[i]}")).Distinct();
    }

    private static string Joined(IEnumerable<string> parts) => string.Join('|', parts.Order(CodePointOrder.Instance));

    private static Dictionary<string, object?> Parameters(params (string Name, object? Value)[] parameters) =>
        parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
}
