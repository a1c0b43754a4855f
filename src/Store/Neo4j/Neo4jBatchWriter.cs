using System.Globalization;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;
using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Neo4j.Statements;
using Row = System.Collections.Generic.IReadOnlyDictionary<string, object?>;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// Writes one <see cref="GraphBatch"/> inside one explicit transaction, in the embedded store's order: forget what the
/// batch's articles said before, upsert articles, merge entities, mentions and relations, then recompute what derives
/// from evidence and delete what lost all support. What the clean-up must look at (stale relations, orphan candidates)
/// is carried here between statements, so it never scans the graph. A reference to an article or entity that exists
/// neither in the batch nor the store fails the batch before anything is committed.
/// </summary>
internal sealed class Neo4jBatchWriter(Neo4jSession.TransactionRunner tx, int batchSize)
{
    public async Task<WriteResult> WriteAsync(GraphBatch batch, DateTimeOffset now)
    {
        var rows = BatchRows.From(batch);
        var stale = new Dictionary<string, (string Source, string Target)>(StringComparer.Ordinal);
        var orphanCandidates = new HashSet<string>(StringComparer.Ordinal);

        foreach (var chunk in rows.ArticleIds.Chunk(batchSize))
        {
            foreach (var r in await tx.RunAsync(StatementNames.ForgetArticleRelations, Parameters(("articleIds", chunk))))
            {
                stale[r.String("id")] = (r.String("sourceId"), r.String("targetId"));
            }

            foreach (var r in await tx.RunAsync(StatementNames.ForgetArticleMentions, Parameters(("articleIds", chunk))))
            {
                orphanCandidates.Add(r.String("id"));
            }
        }

        orphanCandidates.UnionWith(stale.Values.SelectMany(s => new[] { s.Source, s.Target }));
        var ingestedAt = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
        await RunChunkedAsync(StatementNames.UpsertArticles, rows.Articles, ("ingestedAt", ingestedAt));
        await RunChunkedAsync(StatementNames.MergeEntities, rows.Entities, ("otherKind", OrganizationKinds.Other));

        await RequireArticlesAsync(rows.Mentions.Select(m => (m.Mention.ArticleId, (Func<string>)(() =>
            $"A mention of entity {m.Entity.Id} ({m.Entity.Name}) cites article {m.Mention.ArticleId}, which is neither in the batch nor in the store."))));
        await RunChunkedAsync(StatementNames.MergeMentions, rows.Mentions.Select(m => BatchRows.MentionRow(m.Entity, m.Mention)).ToList());

        await RequireEntitiesAsync(rows.RelationList);
        await RequireArticlesAsync(rows.RelationList.SelectMany(r => r.Evidence.Select(ev => (ev.ArticleId, (Func<string>)(() =>
            $"Evidence of relation {r.Id} cites article {ev.ArticleId}, which is neither in the batch nor in the store.")))));
        await RunChunkedAsync(StatementNames.MergeRelations, rows.Relations);

        var touched = rows.RelationList.ToDictionary(r => r.Id, r => r.SourceId, StringComparer.Ordinal);
        foreach (var (id, (source, _)) in stale)
        {
            touched.TryAdd(id, source);
        }

        await RunChunkedAsync(StatementNames.RefreshRelations, RelationRefs(touched));
        var removed = 0;
        foreach (var chunk in RelationRefs(stale.ToDictionary(s => s.Key, s => s.Value.Source)).Chunk(batchSize))
        {
            removed += (await tx.RunAsync(StatementNames.DeleteUnsupportedRelations, Parameters(("rows", chunk)))).Sum(r => r.Int("removed"));
        }

        foreach (var chunk in orphanCandidates.Union(rows.EntityIds).Chunk(batchSize))
        {
            await tx.RunAsync(StatementNames.RefreshEntities, Parameters(("ids", chunk)));
        }

        foreach (var chunk in orphanCandidates.Chunk(batchSize))
        {
            await tx.RunAsync(StatementNames.DeleteUnsupportedEntities, Parameters(("ids", chunk)));
        }

        return new WriteResult(batch.Articles.Count, batch.Entities.Count, batch.Relations.Count, removed);
    }

    private static List<Row> RelationRefs(Dictionary<string, string> sourceById) =>
        sourceById.Select(p => (Row)new Dictionary<string, object?> { ["id"] = p.Key, ["sourceId"] = p.Value }).ToList();

    private async Task RunChunkedAsync(string statement, IReadOnlyList<Row> rows, params (string Name, object? Value)[] extra)
    {
        foreach (var chunk in rows.Chunk(batchSize))
        {
            await tx.RunAsync(statement, Parameters([("rows", chunk), .. extra]));
        }
    }

    private async Task RequireArticlesAsync(IEnumerable<(string ArticleId, Func<string> Describe)> references)
    {
        var list = references.ToList();
        var found = await ExistingAsync(StatementNames.ExistingArticles, list.Select(r => r.ArticleId));
        var missing = list.FirstOrDefault(r => !found.Contains(r.ArticleId));
        if (missing.Describe is not null)
        {
            throw new InvalidOperationException(missing.Describe() + " Nothing of the batch was written.");
        }
    }

    private async Task RequireEntitiesAsync(IReadOnlyList<Relation> relations)
    {
        var found = await ExistingAsync(StatementNames.ExistingEntities, relations.SelectMany(r => new[] { r.SourceId, r.TargetId }));
        var missing = relations.FirstOrDefault(r => !found.Contains(r.SourceId) || !found.Contains(r.TargetId));
        if (missing is not null)
        {
            throw new InvalidOperationException(
                $"Relation {missing.Id} ({missing.SourceId} {missing.Type} {missing.TargetId}) links an entity that is neither in the batch nor in the store. Nothing of the batch was written.");
        }
    }

    private async Task<HashSet<string>> ExistingAsync(string statement, IEnumerable<string> ids)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in ids.Distinct().Chunk(batchSize))
        {
            found.UnionWith((await tx.RunAsync(statement, Parameters(("ids", chunk)))).Select(r => r.String("id")));
        }

        return found;
    }

    private static Dictionary<string, object?> Parameters(params (string Name, object? Value)[] parameters) =>
        parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
}
