using KnowledgeGraph.Model;
using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;
using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Sqlite.Curation;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// Writes one <see cref="GraphBatch"/> inside one transaction on one connection (the caller holds the writer lock).
/// Rows go through <see cref="PreparedStatement"/>s; the ADO calls are synchronous on purpose, since
/// Microsoft.Data.Sqlite's async methods run synchronously anyway and would only add a Task per row.
/// </summary>
internal sealed class BatchWriter
{
    // SQLITE_CONSTRAINT_FOREIGNKEY: a row points at an entity or article that exists neither in the batch nor the store.
    private const int ForeignKeyViolation = 787;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly string _ingestedAt;
    private readonly CancellationToken _ct;

    private BatchWriter(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset now, CancellationToken ct)
    {
        _connection = connection;
        _transaction = transaction;
        _ingestedAt = StoreDates.Instant(now);
        _ct = ct;
    }

    public static WriteResult Write(SqliteConnection connection, GraphBatch batch, DateTimeOffset now, CancellationToken ct) =>
        Write(connection, [], resetAll: false, batch, now, ct);

    /// <summary>Curation's re-derivation: the reset entities (and their relations) go first, in the same transaction as the batch.</summary>
    public static WriteResult Write(SqliteConnection connection, IReadOnlyCollection<string> resetEntityIds, bool resetAll, GraphBatch batch, DateTimeOffset now, CancellationToken ct)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        var writer = new BatchWriter(connection, transaction, now, ct);
        writer.Reset(resetEntityIds, resetAll);
        var result = writer.WriteAll(batch);
        ct.ThrowIfCancellationRequested();
        transaction.Commit();
        return result;
    }

    private WriteResult WriteAll(GraphBatch batch)
    {
        RunOnce(WriteSql.ResetScratch);
        WriteArticles(batch.Articles);
        RunOnce(WriteSql.ForgetArticleEvidence);
        WriteEntities(batch.Entities);
        WriteRelations(batch.Relations);
        RunOnce(WriteSql.RefreshRelations);
        var relationsRemoved = RunOnce(WriteSql.DeleteUnsupportedRelations);
        RunOnce(WriteSql.RefreshEntities);
        RunOnce(WriteSql.DeleteUnsupportedEntities);
        return new WriteResult(batch.Articles.Count, batch.Entities.Count, batch.Relations.Count, relationsRemoved);
    }

    private void Reset(IReadOnlyCollection<string> entityIds, bool all)
    {
        if (all)
        {
            RunOnce(CurationSql.ResetAll);
            return;
        }

        if (entityIds.Count == 0)
        {
            return;
        }

        RunOnce(CurationSql.CreateResetScratch);
        using var add = Prepare(CurationSql.AddResetEntity, "$id");
        foreach (var id in entityIds)
        {
            add.Execute(id);
        }

        RunOnce(CurationSql.ResetEntities);
    }

    private void WriteArticles(IReadOnlyList<Article> articles)
    {
        using var upsert = Prepare(WriteSql.UpsertArticle,
            "$id", "$document", "$title", "$url", "$publisher", "$author", "$published_on", "$content_hash", "$text", "$ingested_at", "$ingest_order");
        for (var i = 0; i < articles.Count; i++)
        {
            _ct.ThrowIfCancellationRequested();
            var a = articles[i];
            upsert.Execute(a.Id, a.Document, a.Title, a.Url, a.Publisher, a.Author,
                a.PublishedOn is { } day ? StoreDates.Date(day) : null, a.ContentHash, a.Text, _ingestedAt, i);
        }
    }

    private void WriteEntities(IReadOnlyList<Entity> entities)
    {
        using var upsert = Prepare(WriteSql.UpsertEntity, "$id", "$type", "$kind", "$name", "$properties", "$other_kind", "$scope");
        using var addName = Prepare(WriteSql.AddEntityName, "$entity_id", "$name", "$normalized", "$scope");
        using var addMention = Prepare(WriteSql.InsertMention, "$entity_id", "$article_id", "$sentence", "$start", "$end");
        foreach (var e in entities)
        {
            _ct.ThrowIfCancellationRequested();
            var scope = NameScope(e);
            upsert.Execute(e.Id, e.Type, e.Kind, e.Name, StoreJson.Properties(e.Properties), OrganizationKinds.Other, scope);
            foreach (var name in e.Aliases.Prepend(e.Name).Where(n => !string.IsNullOrWhiteSpace(n)))
            {
                addName.Execute(e.Id, name, Ids.Normalize(name), scope);
            }

            foreach (var m in e.Mentions)
            {
                Guard(() => addMention.Execute(e.Id, m.ArticleId, m.Sentence, m.Start, m.End),
                    () => $"A mention of entity {e.Id} ({e.Name}) cites article {m.ArticleId}, which is neither in the batch nor in the store.");
            }
        }
    }

    /// <summary>What tells this entity apart from others of its name, when the batch states it (see migration 006).</summary>
    private static string? NameScope(Entity e) =>
        e.Type == EntityTypes.Person && e.Properties.TryGetValue(EntityProperties.Affiliation, out var affiliation)
            ? Ids.Normalize(affiliation)
            : null;

    private void WriteRelations(IReadOnlyList<Relation> relations)
    {
        if (relations.Count == 0)
        {
            return;
        }

        _ct.ThrowIfCancellationRequested();
        using (var stageRelation = new RowInserter(_connection, WriteSql.StageRelation))
        using (var stageEvidence = new RowInserter(_connection, WriteSql.StageEvidence))
        {
            for (var i = 0; i < relations.Count; i++)
            {
                var r = relations[i];
                stageRelation.Integer(i).Text(r.Id).Text(r.Type).Text(r.SourceId).Text(r.TargetId)
                    .Text(StoreJson.Properties(r.Properties)).Real(r.Confidence).Insert();
                foreach (var ev in r.Evidence)
                {
                    stageEvidence.Text(r.Id).Text(ev.ArticleId).Text(ev.Sentence).Integer(ev.Start).Integer(ev.End).Real(r.Confidence).Insert();
                }
            }
        }

        Guard(() => RunOnce(WriteSql.WriteRelations), () => Describe(WriteSql.FirstDanglingRelation,
            r => $"Relation {r.GetString(0)} ({r.GetString(2)} {r.GetString(1)} {r.GetString(3)}) links an entity that is neither in the batch nor in the store."));
        Guard(() => RunOnce(WriteSql.WriteEvidence), () => Describe(WriteSql.FirstDanglingEvidence,
            r => $"Evidence of relation {r.GetString(0)} cites article {r.GetString(1)}, which is neither in the batch nor in the store."));
    }

    /// <summary>Names the row a set statement failed on, found after the fact (the failed statement changed nothing).</summary>
    private string Describe(string sql, Func<SqliteDataReader, string> describe)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        return reader.Read() ? describe(reader) : "A row of the batch links a row that is neither in the batch nor in the store.";
    }

    /// <summary>Turns SQLite's bare "FOREIGN KEY constraint failed" into a message naming the offending row.</summary>
    private static void Guard(Func<int> execute, Func<string> describe)
    {
        try
        {
            execute();
        }
        catch (SqliteException e) when (e.SqliteExtendedErrorCode == ForeignKeyViolation)
        {
            throw new InvalidOperationException(describe() + " Nothing of the batch was written.", e);
        }
    }

    private int RunOnce(string sql)
    {
        _ct.ThrowIfCancellationRequested();
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    private PreparedStatement Prepare(string sql, params string[] parameterNames) => new(_connection, _transaction, sql, parameterNames);
}
