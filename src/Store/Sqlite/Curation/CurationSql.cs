namespace KnowledgeGraph.Store.Sqlite.Curation;

/// <summary>
/// Statements curation's re-derivation needs. Deleting an entity cascades to its names and mentions, and deleting a
/// relation to its evidence (foreign keys in 001_initial.sql); the batch written after them puts back what still holds.
/// </summary>
internal static class CurationSql
{
    public const string CreateResetScratch = """
        CREATE TEMP TABLE IF NOT EXISTS reset_entities (id TEXT PRIMARY KEY);
        DELETE FROM temp.reset_entities;
        """;

    public const string AddResetEntity = "INSERT OR IGNORE INTO temp.reset_entities (id) VALUES ($id);";

    public const string ResetEntities = """
        DELETE FROM relations
        WHERE source_id IN (SELECT id FROM temp.reset_entities) OR target_id IN (SELECT id FROM temp.reset_entities);
        DELETE FROM entities WHERE id IN (SELECT id FROM temp.reset_entities);
        """;

    public const string ResetAll = """
        DELETE FROM relations;
        DELETE FROM entities;
        """;

    /// <summary>The articles to re-derive when the entities in $ids (a JSON array) change.</summary>
    public const string ArticlesSupporting = """
        WITH scope(id) AS (SELECT value FROM json_each($ids)),
        touched(article_id) AS (
            SELECT article_id FROM mentions WHERE entity_id IN (SELECT id FROM scope)
            UNION
            SELECT ev.article_id FROM relation_evidence ev JOIN relations r ON r.id = ev.relation_id
            WHERE r.source_id IN (SELECT id FROM scope) OR r.target_id IN (SELECT id FROM scope))
        SELECT a.id FROM articles a WHERE a.id IN (SELECT article_id FROM touched) ORDER BY a.ingested_at, a.ingest_order, a.id;
        """;

    public const string RelationById = "SELECT id, type, source_id, target_id, confidence FROM relations WHERE id = $id;";

    // Ingestion order: resolution gives a body the id of the first form it meets, so a rebuild must meet the articles in
    // the order they first came.
    public const string AllArticleIds = "SELECT id FROM articles ORDER BY ingested_at, ingest_order, id;";

    public const string SnapshotEntities = """
        SELECT e.id, e.type, e.name, e.kind,
               (SELECT group_concat(name, '|') FROM (SELECT name FROM entity_names n WHERE n.entity_id = e.id AND n.is_alias = 1 ORDER BY name)),
               (SELECT group_concat(m, '|') FROM (SELECT article_id || ':' || start || '-' || "end" AS m FROM mentions WHERE entity_id = e.id ORDER BY m))
        FROM entities e ORDER BY e.id;
        """;

    public const string SnapshotRelations = """
        SELECT r.id, r.type, r.source_id, r.target_id, r.confidence,
               (SELECT group_concat(x, '|') FROM (SELECT article_id || ':' || start || '-' || "end" AS x FROM relation_evidence WHERE relation_id = r.id ORDER BY x))
        FROM relations r ORDER BY r.id;
        """;
}
