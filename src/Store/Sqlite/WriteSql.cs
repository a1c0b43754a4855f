namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// The statements of one batch write, in the order <see cref="BatchWriter"/> runs them. The temp tables collect what the
/// batch touched, so the clean-up at the end looks only at those rows, never the whole graph.
/// <para>
/// Derived columns (dates, a relation's confidence) are kept incrementally: a row that lost nothing in the batch only
/// gained mentions or evidence, so its new value is the old one combined with what the batch added. Recomputing them
/// from all mentions/evidence instead cost a hub entity (mentioned in most articles) a scan of its whole history in
/// every batch, which made the store-write stage grow quadratically with the corpus. Only rows that lost support
/// (the batch re-ingests an article that cited them) are recomputed in full. This relies on the invariant every
/// write keeps: a row with at least one mention/evidence row has dates (and a relation its confidence) equal to the
/// min/max over them.
/// </para>
/// </summary>
internal static class WriteSql
{
    /// <summary>When an article says something: its publication day, else when it was ingested (both sort as text).</summary>
    public const string ArticleSeenAt = "coalesce(a.published_on || 'T00:00:00.0000000Z', a.ingested_at)";

    public const string ResetScratch = """
        CREATE TEMP TABLE IF NOT EXISTS batch_articles (id TEXT PRIMARY KEY);
        CREATE TEMP TABLE IF NOT EXISTS stale_relations (id TEXT PRIMARY KEY);
        CREATE TEMP TABLE IF NOT EXISTS orphan_candidates (id TEXT PRIMARY KEY);
        -- had_*: NULL = lost support in this batch (recompute in full), else whether it had any before the batch.
        CREATE TEMP TABLE IF NOT EXISTS refresh_relations (id TEXT PRIMARY KEY, had_evidence INTEGER, old_confidence REAL);
        CREATE TEMP TABLE IF NOT EXISTS refresh_entities (id TEXT PRIMARY KEY, had_mentions INTEGER);
        -- What the batch's own mentions/evidence say, folded per entity/relation as they are written.
        CREATE TEMP TABLE IF NOT EXISTS batch_entity_seen (entity_id TEXT PRIMARY KEY, first TEXT NOT NULL, last TEXT NOT NULL);
        CREATE TEMP TABLE IF NOT EXISTS batch_relation_seen (relation_id TEXT PRIMARY KEY, confidence REAL NOT NULL, first TEXT NOT NULL, last TEXT NOT NULL);
        -- The batch's relations and evidence as given (ord = place in the batch), written to the graph by set statements.
        CREATE TEMP TABLE IF NOT EXISTS batch_relations (ord INTEGER PRIMARY KEY, id TEXT NOT NULL, type TEXT NOT NULL,
            source_id TEXT NOT NULL, target_id TEXT NOT NULL, properties TEXT NOT NULL, confidence REAL NOT NULL);
        CREATE TEMP TABLE IF NOT EXISTS batch_evidence (ord INTEGER PRIMARY KEY, relation_id TEXT NOT NULL, article_id TEXT NOT NULL,
            sentence TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, confidence REAL NOT NULL);
        DELETE FROM temp.batch_articles;
        DELETE FROM temp.stale_relations;
        DELETE FROM temp.refresh_relations;
        DELETE FROM temp.orphan_candidates;
        DELETE FROM temp.refresh_entities;
        DELETE FROM temp.batch_entity_seen;
        DELETE FROM temp.batch_relation_seen;
        DELETE FROM temp.batch_relations;
        DELETE FROM temp.batch_evidence;
        """;

    /// <summary>
    /// An edited article (new content hash) counts as newly ingested, at its place in this batch; an unchanged one keeps
    /// its ingest time and place.
    /// </summary>
    public const string UpsertArticle = """
        INSERT INTO articles (id, document, title, url, publisher, author, published_on, content_hash, text, ingested_at, ingest_order)
        VALUES ($id, $document, $title, $url, $publisher, $author, $published_on, $content_hash, $text, $ingested_at, $ingest_order)
        ON CONFLICT (id) DO UPDATE SET
            document = excluded.document,
            title = excluded.title,
            url = excluded.url,
            publisher = excluded.publisher,
            author = excluded.author,
            published_on = excluded.published_on,
            ingested_at = CASE WHEN articles.content_hash = excluded.content_hash THEN articles.ingested_at ELSE excluded.ingested_at END,
            ingest_order = CASE WHEN articles.content_hash = excluded.content_hash THEN articles.ingest_order ELSE excluded.ingest_order END,
            content_hash = excluded.content_hash,
            text = excluded.text;
        INSERT OR IGNORE INTO temp.batch_articles (id) VALUES ($id);
        """;

    /// <summary>
    /// Forgets what the batch's articles said before. Relations and entities that lose support here are remembered,
    /// to be deleted at the end if nothing else (another article, this batch) still supports them.
    /// </summary>
    public const string ForgetArticleEvidence = """
        INSERT OR IGNORE INTO temp.stale_relations (id)
            SELECT relation_id FROM relation_evidence WHERE article_id IN (SELECT id FROM temp.batch_articles);
        INSERT OR IGNORE INTO temp.orphan_candidates (id)
            SELECT entity_id FROM mentions WHERE article_id IN (SELECT id FROM temp.batch_articles);
        INSERT OR IGNORE INTO temp.orphan_candidates (id)
            SELECT source_id FROM relations WHERE id IN (SELECT id FROM temp.stale_relations)
            UNION SELECT target_id FROM relations WHERE id IN (SELECT id FROM temp.stale_relations);
        INSERT OR IGNORE INTO temp.refresh_relations (id) SELECT id FROM temp.stale_relations;
        INSERT OR IGNORE INTO temp.refresh_entities (id) SELECT id FROM temp.orphan_candidates;
        DELETE FROM mentions WHERE article_id IN (SELECT id FROM temp.batch_articles);
        DELETE FROM relation_evidence WHERE article_id IN (SELECT id FROM temp.batch_articles);
        """;

    /// <summary>
    /// Type and name stay as first stored (the id is derived from them). Kind: a known kind is kept, and only an
    /// unknown (NULL) or the catch-all 'Other' is replaced by a stated one. Properties: the batch wins per key.
    /// Runs before the entity's mentions are added, so had_mentions says whether any survived from before the batch
    /// (an entity that lost some is already queued with NULL by <see cref="ForgetArticleEvidence"/>, and keeps it).
    /// $scope is a person's normalised affiliation when the batch states one (it then wins, as in the properties): it
    /// moves to every name the person already has.
    /// </summary>
    public const string UpsertEntity = """
        INSERT OR IGNORE INTO temp.refresh_entities (id, had_mentions)
            VALUES ($id, EXISTS (SELECT 1 FROM mentions WHERE entity_id = $id));
        INSERT INTO entities (id, type, kind, name, properties)
        VALUES ($id, $type, $kind, $name, $properties)
        ON CONFLICT (id) DO UPDATE SET
            kind = CASE
                WHEN entities.kind IS NULL OR (entities.kind = $other_kind AND excluded.kind IS NOT NULL) THEN excluded.kind
                ELSE entities.kind END,
            properties = json_patch(entities.properties, excluded.properties);
        UPDATE entity_names SET scope = $scope WHERE entity_id = $id AND $scope IS NOT NULL AND scope <> $scope;
        """;

    /// <summary>
    /// Aliases are a union; a name other than the stored one (a variant spelling) becomes an alias. A new name takes the
    /// batch's scope, else the one the entity's other names have.
    /// </summary>
    public const string AddEntityName = """
        INSERT OR IGNORE INTO entity_names (entity_id, name, normalized, is_alias, scope)
        VALUES ($entity_id, $name, $normalized, $name <> (SELECT name FROM entities WHERE id = $entity_id),
                coalesce($scope, (SELECT scope FROM entity_names WHERE entity_id = $entity_id LIMIT 1), ''));
        """;

    public const string InsertMention = $"""
        INSERT OR IGNORE INTO mentions (entity_id, article_id, sentence, start, "end")
        VALUES ($entity_id, $article_id, $sentence, $start, $end);
        INSERT INTO temp.batch_entity_seen (entity_id, first, last)
            SELECT $entity_id, {ArticleSeenAt}, {ArticleSeenAt} FROM articles a WHERE a.id = $article_id
            ON CONFLICT (entity_id) DO UPDATE SET first = min(first, excluded.first), last = max(last, excluded.last);
        """;

    /// <summary>The batch's relations and their evidence, one row at a time in batch order (see <see cref="RowInserter"/>).</summary>
    public const string StageRelation = """
        INSERT INTO temp.batch_relations (ord, id, type, source_id, target_id, properties, confidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);
        """;

    public const string StageEvidence = """
        INSERT INTO temp.batch_evidence (relation_id, article_id, sentence, start, "end", confidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6);
        """;

    /// <summary>
    /// One statement per table for the whole batch instead of one per row, in key order: each B-tree is then walked
    /// once from left to right (neighbouring keys share pages) rather than sought from the root at a random key per row.
    /// Within one key, rows keep batch order, so a relation stated twice ends as it would row by row (later properties
    /// win per key, confidence is the max). Refresh entries are taken first, before this batch's relations and evidence
    /// change what they read; the confidence written here is provisional for relations with evidence
    /// (<see cref="RefreshRelations"/> sets it to the max over evidence). The batch's own evidence is folded per
    /// relation for the refresh.
    /// </summary>
    public const string WriteRelations = $"""
        INSERT OR IGNORE INTO temp.refresh_relations (id, had_evidence, old_confidence)
            SELECT b.id, EXISTS (SELECT 1 FROM relation_evidence WHERE relation_id = b.id), (SELECT confidence FROM relations WHERE id = b.id)
            FROM temp.batch_relations b ORDER BY b.id;
        INSERT INTO relations (id, type, source_id, target_id, properties, confidence)
            SELECT id, type, source_id, target_id, properties, confidence FROM temp.batch_relations WHERE true ORDER BY id, ord
            ON CONFLICT (id) DO UPDATE SET
                properties = json_patch(relations.properties, excluded.properties),
                confidence = max(relations.confidence, excluded.confidence);
        """;

    /// <summary>An unchanged evidence row is left alone (no page write): re-stating a relation is common.</summary>
    public const string WriteEvidence = $"""
        INSERT INTO relation_evidence (relation_id, article_id, sentence, start, "end", confidence)
            SELECT relation_id, article_id, sentence, start, "end", confidence FROM temp.batch_evidence WHERE true
            ORDER BY relation_id, article_id, start, "end", ord
            ON CONFLICT (relation_id, article_id, start, "end") DO UPDATE SET
                sentence = excluded.sentence,
                confidence = max(relation_evidence.confidence, excluded.confidence)
            WHERE relation_evidence.sentence <> excluded.sentence OR relation_evidence.confidence < excluded.confidence;
        INSERT INTO temp.batch_relation_seen (relation_id, confidence, first, last)
            SELECT relation_id, max(confidence), min(seen), max(seen)
            FROM (SELECT e.relation_id, e.confidence, {ArticleSeenAt} AS seen FROM temp.batch_evidence e JOIN articles a ON a.id = e.article_id)
            GROUP BY relation_id;
        """;

    /// <summary>The first relation of the batch whose source or target is in neither the batch nor the store.</summary>
    public const string FirstDanglingRelation = """
        SELECT id, type, source_id, target_id FROM temp.batch_relations b
        WHERE NOT EXISTS (SELECT 1 FROM entities WHERE id = b.source_id) OR NOT EXISTS (SELECT 1 FROM entities WHERE id = b.target_id)
        ORDER BY ord LIMIT 1;
        """;

    /// <summary>The first evidence row of the batch that cites an article in neither the batch nor the store.</summary>
    public const string FirstDanglingEvidence = """
        SELECT relation_id, article_id FROM temp.batch_evidence e
        WHERE NOT EXISTS (SELECT 1 FROM articles WHERE id = e.article_id)
        ORDER BY ord LIMIT 1;
        """;

    /// <summary>
    /// Derives confidence and dates from evidence; a relation without any keeps its stated confidence and dates.
    /// In full for relations that lost evidence; otherwise the pre-batch values (the max/min over the evidence that
    /// survived) combined with the batch's. A relation that had evidence goes back to its evidence maximum even
    /// when the batch re-stated it with a higher confidence but no new evidence, as the full recomputation would.
    /// </summary>
    public const string RefreshRelations = $"""
        UPDATE relations SET
            confidence = coalesce((SELECT max(ev.confidence) FROM relation_evidence ev WHERE ev.relation_id = relations.id), confidence),
            first_seen = coalesce((SELECT min({ArticleSeenAt}) FROM relation_evidence ev JOIN articles a ON a.id = ev.article_id WHERE ev.relation_id = relations.id), first_seen),
            last_seen = coalesce((SELECT max({ArticleSeenAt}) FROM relation_evidence ev JOIN articles a ON a.id = ev.article_id WHERE ev.relation_id = relations.id), last_seen)
        WHERE id IN (SELECT id FROM temp.refresh_relations WHERE had_evidence IS NULL);
        UPDATE relations SET
            confidence = CASE WHEN s.had_evidence THEN max(s.old_confidence, coalesce(s.confidence, s.old_confidence))
                ELSE coalesce(s.confidence, relations.confidence) END,
            first_seen = CASE WHEN s.first IS NULL THEN relations.first_seen
                WHEN s.had_evidence THEN min(coalesce(relations.first_seen, s.first), s.first) ELSE s.first END,
            last_seen = CASE WHEN s.last IS NULL THEN relations.last_seen
                WHEN s.had_evidence THEN max(coalesce(relations.last_seen, s.last), s.last) ELSE s.last END
        FROM (SELECT r.id, r.had_evidence, r.old_confidence, b.confidence, b.first, b.last
              FROM temp.refresh_relations r LEFT JOIN temp.batch_relation_seen b ON b.relation_id = r.id
              WHERE r.had_evidence IS NOT NULL AND (r.had_evidence OR b.relation_id IS NOT NULL)) AS s
        WHERE relations.id = s.id;
        """;

    /// <summary>Relations the batch's articles used to state and no article states any more.</summary>
    public const string DeleteUnsupportedRelations = """
        DELETE FROM relations
        WHERE id IN (SELECT id FROM temp.stale_relations)
          AND NOT EXISTS (SELECT 1 FROM relation_evidence ev WHERE ev.relation_id = relations.id);
        """;

    /// <summary>Dates from mentions, as <see cref="RefreshRelations"/> does from evidence (an entity has no derived confidence).</summary>
    public const string RefreshEntities = $"""
        UPDATE entities SET
            first_seen = coalesce((SELECT min({ArticleSeenAt}) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = entities.id), first_seen),
            last_seen = coalesce((SELECT max({ArticleSeenAt}) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = entities.id), last_seen)
        WHERE id IN (SELECT id FROM temp.refresh_entities WHERE had_mentions IS NULL);
        UPDATE entities SET
            first_seen = CASE WHEN s.had_mentions THEN min(coalesce(entities.first_seen, s.first), s.first) ELSE s.first END,
            last_seen = CASE WHEN s.had_mentions THEN max(coalesce(entities.last_seen, s.last), s.last) ELSE s.last END
        FROM (SELECT r.id, r.had_mentions, b.first, b.last
              FROM temp.refresh_entities r JOIN temp.batch_entity_seen b ON b.entity_id = r.id
              WHERE r.had_mentions IS NOT NULL) AS s
        WHERE entities.id = s.id;
        """;

    /// <summary>Entities the batch's articles used to support that are now neither mentioned nor related.</summary>
    public const string DeleteUnsupportedEntities = """
        DELETE FROM entities
        WHERE id IN (SELECT id FROM temp.orphan_candidates)
          AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = entities.id)
          AND NOT EXISTS (SELECT 1 FROM relations r WHERE r.source_id = entities.id)
          AND NOT EXISTS (SELECT 1 FROM relations r WHERE r.target_id = entities.id);
        """;
}
