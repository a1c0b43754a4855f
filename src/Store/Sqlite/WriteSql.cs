namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// The statements of one batch write, in the order <see cref="BatchWriter"/> runs them. The temp tables collect what the
/// batch touched, so the clean-up at the end looks only at those rows, never the whole graph.
/// </summary>
internal static class WriteSql
{
    /// <summary>When an article says something: its publication day, else when it was ingested (both sort as text).</summary>
    public const string ArticleSeenAt = "coalesce(a.published_on || 'T00:00:00.0000000Z', a.ingested_at)";

    public const string ResetScratch = """
        CREATE TEMP TABLE IF NOT EXISTS batch_articles (id TEXT PRIMARY KEY);
        CREATE TEMP TABLE IF NOT EXISTS stale_relations (id TEXT PRIMARY KEY);
        CREATE TEMP TABLE IF NOT EXISTS refresh_relations (id TEXT PRIMARY KEY);
        CREATE TEMP TABLE IF NOT EXISTS orphan_candidates (id TEXT PRIMARY KEY);
        CREATE TEMP TABLE IF NOT EXISTS refresh_entities (id TEXT PRIMARY KEY);
        DELETE FROM temp.batch_articles;
        DELETE FROM temp.stale_relations;
        DELETE FROM temp.refresh_relations;
        DELETE FROM temp.orphan_candidates;
        DELETE FROM temp.refresh_entities;
        """;

    /// <summary>An edited article (new content hash) counts as newly ingested; an unchanged one keeps its ingest time.</summary>
    public const string UpsertArticle = """
        INSERT INTO articles (id, document, title, url, publisher, author, published_on, content_hash, text, ingested_at)
        VALUES ($id, $document, $title, $url, $publisher, $author, $published_on, $content_hash, $text, $ingested_at)
        ON CONFLICT (id) DO UPDATE SET
            document = excluded.document,
            title = excluded.title,
            url = excluded.url,
            publisher = excluded.publisher,
            author = excluded.author,
            published_on = excluded.published_on,
            ingested_at = CASE WHEN articles.content_hash = excluded.content_hash THEN articles.ingested_at ELSE excluded.ingested_at END,
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
    /// </summary>
    public const string UpsertEntity = """
        INSERT INTO entities (id, type, kind, name, properties)
        VALUES ($id, $type, $kind, $name, $properties)
        ON CONFLICT (id) DO UPDATE SET
            kind = CASE
                WHEN entities.kind IS NULL OR (entities.kind = $other_kind AND excluded.kind IS NOT NULL) THEN excluded.kind
                ELSE entities.kind END,
            properties = json_patch(entities.properties, excluded.properties);
        INSERT OR IGNORE INTO temp.refresh_entities (id) VALUES ($id);
        """;

    /// <summary>Aliases are a union; a name other than the stored one (a variant spelling) becomes an alias.</summary>
    public const string AddEntityName = """
        INSERT OR IGNORE INTO entity_names (entity_id, name, normalized, is_alias)
        VALUES ($entity_id, $name, $normalized, $name <> (SELECT name FROM entities WHERE id = $entity_id));
        """;

    public const string InsertMention = """
        INSERT OR IGNORE INTO mentions (entity_id, article_id, sentence, start, "end")
        VALUES ($entity_id, $article_id, $sentence, $start, $end);
        """;

    /// <summary>Confidence here is provisional for relations with evidence: <see cref="RefreshRelations"/> sets it to the max over evidence.</summary>
    public const string UpsertRelation = """
        INSERT INTO relations (id, type, source_id, target_id, properties, confidence)
        VALUES ($id, $type, $source_id, $target_id, $properties, $confidence)
        ON CONFLICT (id) DO UPDATE SET
            properties = json_patch(relations.properties, excluded.properties),
            confidence = max(relations.confidence, excluded.confidence);
        INSERT OR IGNORE INTO temp.refresh_relations (id) VALUES ($id);
        """;

    public const string UpsertEvidence = """
        INSERT INTO relation_evidence (relation_id, article_id, sentence, start, "end", confidence)
        VALUES ($relation_id, $article_id, $sentence, $start, $end, $confidence)
        ON CONFLICT (relation_id, article_id, start, "end") DO UPDATE SET
            sentence = excluded.sentence,
            confidence = max(relation_evidence.confidence, excluded.confidence);
        """;

    /// <summary>Recomputes what is derived from evidence; a relation without any keeps its stated confidence and dates.</summary>
    public const string RefreshRelations = $"""
        UPDATE relations SET
            confidence = coalesce((SELECT max(ev.confidence) FROM relation_evidence ev WHERE ev.relation_id = relations.id), confidence),
            first_seen = coalesce((SELECT min({ArticleSeenAt}) FROM relation_evidence ev JOIN articles a ON a.id = ev.article_id WHERE ev.relation_id = relations.id), first_seen),
            last_seen = coalesce((SELECT max({ArticleSeenAt}) FROM relation_evidence ev JOIN articles a ON a.id = ev.article_id WHERE ev.relation_id = relations.id), last_seen)
        WHERE id IN (SELECT id FROM temp.refresh_relations);
        """;

    /// <summary>Relations the batch's articles used to state and no article states any more.</summary>
    public const string DeleteUnsupportedRelations = """
        DELETE FROM relations
        WHERE id IN (SELECT id FROM temp.stale_relations)
          AND NOT EXISTS (SELECT 1 FROM relation_evidence ev WHERE ev.relation_id = relations.id);
        """;

    public const string RefreshEntities = $"""
        UPDATE entities SET
            first_seen = coalesce((SELECT min({ArticleSeenAt}) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = entities.id), first_seen),
            last_seen = coalesce((SELECT max({ArticleSeenAt}) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = entities.id), last_seen)
        WHERE id IN (SELECT id FROM temp.refresh_entities);
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
