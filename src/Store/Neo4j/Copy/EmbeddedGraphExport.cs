using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Neo4j.Copy;

/// <summary>
/// Reads an embedded store's file (read-only) as a sequence of batches that, written in order into any store,
/// rebuild the same graph: articles in groups sharing their original ingest time (so dates derived from it survive),
/// each with the mentions and evidence that cite them, then one last batch of what no article supports (entities and
/// relations stated without evidence). The port has no "list all articles", so this reads the tables themselves.
/// </summary>
public sealed class EmbeddedGraphExport(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public async IAsyncEnumerable<ExportBatch> BatchesAsync(int articlesPerBatch, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        if (!File.Exists(Path))
        {
            throw new FileNotFoundException($"No embedded store at {Path}.", Path);
        }

        await using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await c.OpenAsync(ct);
        var entities = await ReadAsync(c, EntitySql, r => RowMapper.Entity(r), ct);
        var byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var relations = (await ReadAsync(c, RelationSql, r => RowMapper.Relation(r), ct)).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var articles = await ReadAsync(c, ArticleSql, r => (Article: RowMapper.Article(r), IngestedAt: StoreDates.ParseInstant(r.GetString(9))!.Value), ct);
        var mentions = (await ReadAsync(c, MentionSql, r => (EntityId: r.GetString(0), Mention: RowMapper.Evidence(r)), ct))
            .ToLookup(m => m.Mention.ArticleId, StringComparer.Ordinal);
        var evidence = (await ReadAsync(c, EvidenceSql, r => (RelationId: r.GetString(0), Evidence: RowMapper.Evidence(r), Confidence: r.GetDouble(5)), ct))
            .ToLookup(e => e.Evidence.ArticleId, StringComparer.Ordinal);
        var mentioned = new HashSet<string>(StringComparer.Ordinal);
        var evidenced = new HashSet<string>(StringComparer.Ordinal);

        foreach (var group in articles.GroupBy(a => a.IngestedAt))
        {
            foreach (var chunk in group.Chunk(articlesPerBatch))
            {
                var ids = chunk.Select(a => a.Article.Id).ToList();
                var chunkMentions = ids.SelectMany(id => mentions[id]).ToList();
                var chunkEvidence = ids.SelectMany(id => evidence[id]).ToList();
                mentioned.UnionWith(chunkMentions.Select(m => m.EntityId));
                evidenced.UnionWith(chunkEvidence.Select(e => e.RelationId));

                // One relation record per stored confidence, so every evidence keeps its own.
                var chunkRelations = chunkEvidence
                    .GroupBy(e => (e.RelationId, e.Confidence))
                    .Select(g => relations[g.Key.RelationId] with { Confidence = g.Key.Confidence, Evidence = g.Select(e => e.Evidence).ToList() })
                    .ToList();
                var entityIds = chunkMentions.Select(m => m.EntityId)
                    .Concat(chunkRelations.SelectMany(r => new[] { r.SourceId, r.TargetId }))
                    .Distinct(StringComparer.Ordinal);
                var chunkEntities = entityIds.Select(id => byId[id] with
                {
                    Mentions = chunkMentions.Where(m => m.EntityId == id).Select(m => m.Mention).ToList(),
                }).ToList();
                yield return new ExportBatch(new GraphBatch(chunk.Select(a => a.Article).ToList(), chunkEntities, chunkRelations), group.Key);
            }
        }

        var unsupportedRelations = relations.Values.Where(r => !evidenced.Contains(r.Id)).ToList();
        var unsupportedEntities = entities.Where(e => !mentioned.Contains(e.Id))
            .Concat(unsupportedRelations.SelectMany(r => new[] { byId[r.SourceId], byId[r.TargetId] }))
            .DistinctBy(e => e.Id)
            .ToList();
        if (unsupportedEntities.Count > 0 || unsupportedRelations.Count > 0)
        {
            yield return new ExportBatch(new GraphBatch([], unsupportedEntities, unsupportedRelations), null);
        }
    }

    private static async Task<List<T>> ReadAsync<T>(SqliteConnection c, string sql, Func<SqliteDataReader, T> map, CancellationToken ct)
    {
        await using var command = c.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    // Column orders as RowMapper reads them (the embedded store's own mapper, so the two cannot disagree).
    private const string EntitySql = """
        SELECT e.id, e.type, e.kind, e.name, e.properties,
               (SELECT json_group_array(n.name ORDER BY n.rowid) FROM entity_names n WHERE n.entity_id = e.id AND n.is_alias = 1)
        FROM entities e ORDER BY e.rowid
        """;

    private const string RelationSql = """
        SELECT id, type, source_id, target_id, properties, confidence, first_seen, last_seen FROM relations ORDER BY rowid
        """;

    private const string ArticleSql = """
        SELECT id, document, title, url, publisher, author, published_on, content_hash, text, ingested_at FROM articles ORDER BY ingested_at, rowid
        """;

    private const string MentionSql = """
        SELECT entity_id, article_id, sentence, start, "end" FROM mentions ORDER BY rowid
        """;

    private const string EvidenceSql = """
        SELECT relation_id, article_id, sentence, start, "end", confidence FROM relation_evidence ORDER BY rowid
        """;
}
