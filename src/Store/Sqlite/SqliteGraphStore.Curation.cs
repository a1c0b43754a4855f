using System.Text.Json;
using KnowledgeGraph.Model.Curation;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Sqlite.Curation;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>The embedded store's side of curation: finding what to re-derive and replacing it in one transaction.</summary>
public sealed partial class SqliteGraphStore : ICurationStore
{
    public Task<IReadOnlyList<string>> ArticlesSupportingAsync(IReadOnlyCollection<string> entityIds, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<string>>(c => Task.FromResult<IReadOnlyList<string>>(
            Strings(c, CurationSql.ArticlesSupporting, ("$ids", JsonSerializer.Serialize(entityIds.Distinct().ToArray())))), ct);

    public Task<IReadOnlyList<string>> AllArticleIdsAsync(CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<string>>(c => Task.FromResult<IReadOnlyList<string>>(Strings(c, CurationSql.AllArticleIds)), ct);

    public async Task<WriteResult> ReplaceAsync(IReadOnlyCollection<string> resetEntityIds, bool resetAll, GraphBatch batch, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await _writer.WaitAsync(ct);
        try
        {
            await using var connection = await OpenForWritingAsync(ct);
            return BatchWriter.Write(connection, resetEntityIds, resetAll, batch, _time.GetUtcNow(), ct);
        }
        finally
        {
            _writer.Release();
        }
    }

    public Task<Relation?> GetRelationAsync(string id, CancellationToken ct = default) =>
        ReadAsync(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = CurationSql.RelationById;
            command.Parameters.AddWithValue("$id", id);
            using var r = command.ExecuteReader();
            return Task.FromResult(r.Read()
                ? new Relation(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)) { Confidence = r.GetDouble(4) }
                : null);
        }, ct);

    public Task<GraphSnapshot> SnapshotAsync(CancellationToken ct = default) =>
        ReadAsync(c =>
        {
            var entities = new List<SnapshotEntity>();
            using (var command = c.CreateCommand())
            {
                command.CommandText = CurationSql.SnapshotEntities;
                using var r = command.ExecuteReader();
                while (r.Read())
                {
                    entities.Add(new SnapshotEntity(r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                        r.IsDBNull(4) ? "" : r.GetString(4), r.IsDBNull(5) ? "" : r.GetString(5)));
                }
            }

            var relations = new List<SnapshotRelation>();
            using (var command = c.CreateCommand())
            {
                command.CommandText = CurationSql.SnapshotRelations;
                using var r = command.ExecuteReader();
                while (r.Read())
                {
                    relations.Add(new SnapshotRelation(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Math.Round(r.GetDouble(4), 6),
                        r.IsDBNull(5) ? "" : r.GetString(5)));
                }
            }

            return Task.FromResult(new GraphSnapshot(entities, relations));
        }, ct);

    private static List<string> Strings(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        using var reader = command.ExecuteReader();
        var result = new List<string>();
        while (reader.Read())
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }
}
