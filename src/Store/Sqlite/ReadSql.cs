namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// The read queries. Sets of ids travel as one JSON-array parameter expanded by json_each, so every read is one
/// statement however many ids it is given (no IN-list building, no statement per id).
/// </summary>
internal static class ReadSql
{
    /// <summary>Columns read by <see cref="RowMapper.Entity"/>; aliases in the order they were first seen.</summary>
    private const string EntitySelect = """
        SELECT e.id, e.type, e.kind, e.name, e.properties,
               (SELECT json_group_array(n.name ORDER BY n.rowid) FROM entity_names n WHERE n.entity_id = e.id AND n.is_alias = 1) AS aliases
        FROM entities e
        """;

    public const string EntitiesByIds = EntitySelect + """

        WHERE e.id IN (SELECT value FROM json_each($ids));
        """;

    public const string EntitiesByNormalizedNames = EntitySelect + """

        WHERE e.id IN (SELECT entity_id FROM entity_names WHERE normalized IN (SELECT value FROM json_each($names)))
        ORDER BY e.name, e.id;
        """;

    /// <summary>
    /// Resolution's candidates (IGraphStore.FindResolutionCandidatesAsync), from the (normalized, scope, entity_id) index
    /// alone until the kept ids are read: per name, the entities without a scope, those of each asked (name, scope)
    /// pair, and the first $others people with a scope — never every namesake of a common name. $pairs is a JSON
    /// array of [name, scope] arrays.
    /// </summary>
    public const string EntitiesForResolution = EntitySelect + """

        WHERE e.id IN (
            SELECT n.entity_id FROM json_each($names) w JOIN entity_names n ON n.normalized = w.value AND n.scope = ''
            UNION
            SELECT n.entity_id FROM json_each($pairs) p JOIN entity_names n ON n.normalized = p.value ->> 0 AND n.scope = p.value ->> 1
            UNION
            SELECT e2.id FROM json_each($names) w JOIN entities e2 ON e2.id IN (
                SELECT DISTINCT entity_id FROM entity_names WHERE normalized = w.value AND scope <> '' LIMIT $others))
        ORDER BY e.name, e.id;
        """;

    /// <summary>
    /// $name_like is a LIKE pattern over normalised names and aliases (ASCII case-insensitive). The names matching it are
    /// found by one pass over the (normalized, entity_id) index, kept as a set, and each listed entity is probed against
    /// it; a correlated EXISTS instead looked up every entity's names one entity at a time (5× slower at 100k entities:
    /// ~620 ms for a page and its count, ~120 ms now, of which ~27 ms is the LIKE pass itself). SQLite builds the set
    /// on first use even when the OR's left side holds, so the constant test inside keeps it from scanning for no filter.
    /// </summary>
    private const string EntityListFilter = """

        WHERE ($type IS NULL OR e.type = $type)
          AND ($kinds IS NULL OR e.kind IN (SELECT value FROM json_each($kinds)))
          AND ($name_like IS NULL OR e.id IN (
                SELECT n.entity_id FROM entity_names n WHERE $name_like IS NOT NULL AND n.normalized LIKE $name_like ESCAPE '\'))
        """;

    public const string CountEntityList = "SELECT count(*) FROM entities e" + EntityListFilter + ";";

    /// <summary>Keyset paging: rows after the cursor's (name, id) in the list order; fetches one extra row to tell whether a next page exists.</summary>
    public const string EntityListPage = EntitySelect + EntityListFilter + """

          AND ($after_name IS NULL OR (e.name, e.id) > ($after_name, $after_id))
        ORDER BY e.name, e.id
        LIMIT $limit;
        """;

    /// <summary>
    /// Relations leaving ($outgoing) and/or entering ($incoming) the given entities. Symmetric types have no direction,
    /// so they match from either end whatever the direction asked.
    /// </summary>
    public const string RelationsTouching = """
        SELECT r.id, r.type, r.source_id, r.target_id, r.properties, r.confidence, r.first_seen, r.last_seen
        FROM relations r
        WHERE r.id IN (
                SELECT id FROM relations
                WHERE source_id IN (SELECT value FROM json_each($ids))
                  AND ($outgoing OR type IN (SELECT value FROM json_each($symmetric_types)))
                UNION
                SELECT id FROM relations
                WHERE target_id IN (SELECT value FROM json_each($ids))
                  AND ($incoming OR type IN (SELECT value FROM json_each($symmetric_types))))
          AND ($types IS NULL OR r.type IN (SELECT value FROM json_each($types)))
        ORDER BY r.type, r.source_id, r.target_id, r.id;
        """;

    /// <summary>
    /// The level read of a traversal: only the id, type and ends of the relations <see cref="RelationsTouching"/> would
    /// return, in the same order, answered from the covering indexes (migration 003) without reading the table.
    /// </summary>
    public const string RelationStepsTouching = """
        SELECT id, type, source_id, target_id
        FROM relations
        WHERE source_id IN (SELECT value FROM json_each($ids))
          AND ($outgoing OR type IN (SELECT value FROM json_each($symmetric_types)))
          AND ($types IS NULL OR type IN (SELECT value FROM json_each($types)))
        UNION
        SELECT id, type, source_id, target_id
        FROM relations
        WHERE target_id IN (SELECT value FROM json_each($ids))
          AND ($incoming OR type IN (SELECT value FROM json_each($symmetric_types)))
          AND ($types IS NULL OR type IN (SELECT value FROM json_each($types)))
        ORDER BY type, source_id, target_id, id
        LIMIT $limit;
        """;

    /// <summary>
    /// The nodes one neighbourhood level reaches outside $seen, with the number of steps into each (what the in-memory pick
    /// counts over <see cref="RelationStepsTouching"/>: a relation touching the frontier at both ends only leads to seen
    /// nodes, so UNION ALL counts the same steps), most steps first, then id, at most $limit. Counting and ordering here
    /// keeps a hub's thousands of neighbours out of .NET when only the first hundred are kept.
    /// </summary>
    public const string NeighborhoodNodes = """
        WITH steps (node) AS (
            SELECT target_id FROM relations
            WHERE source_id IN (SELECT value FROM json_each($ids))
              AND ($outgoing OR type IN (SELECT value FROM json_each($symmetric_types)))
              AND ($types IS NULL OR type IN (SELECT value FROM json_each($types)))
            UNION ALL
            SELECT source_id FROM relations
            WHERE target_id IN (SELECT value FROM json_each($ids))
              AND ($incoming OR type IN (SELECT value FROM json_each($symmetric_types)))
              AND ($types IS NULL OR type IN (SELECT value FROM json_each($types))))
        SELECT node, count(*) AS steps
        FROM steps
        WHERE node NOT IN (SELECT value FROM json_each($seen))
        GROUP BY node
        ORDER BY steps DESC, node
        LIMIT $limit;
        """;

    /// <summary>
    /// <see cref="RelationStepsTouching"/> restricted to relations whose far end is in $ends: the last level of a path
    /// search only needs the relations that meet the other side. The filter runs on the index entries, so a hub in the
    /// frontier costs a native index scan, not tens of thousands of rows handed to .NET. The unary + keeps the planner
    /// from walking the index from $ends instead (both lists look alike to it): the caller passes the smaller frontier
    /// as $ids, and $ends may hold thousands of nodes, hubs among them.
    /// </summary>
    public const string RelationStepsBetween = """
        SELECT id, type, source_id, target_id
        FROM relations
        WHERE source_id IN (SELECT value FROM json_each($ids))
          AND +target_id IN (SELECT value FROM json_each($ends))
          AND ($outgoing OR type IN (SELECT value FROM json_each($symmetric_types)))
          AND ($types IS NULL OR type IN (SELECT value FROM json_each($types)))
        UNION
        SELECT id, type, source_id, target_id
        FROM relations
        WHERE target_id IN (SELECT value FROM json_each($ids))
          AND +source_id IN (SELECT value FROM json_each($ends))
          AND ($incoming OR type IN (SELECT value FROM json_each($symmetric_types)))
          AND ($types IS NULL OR type IN (SELECT value FROM json_each($types)))
        ORDER BY type, source_id, target_id, id;
        """;

    /// <summary>
    /// How many index entries <see cref="RelationStepsTouching"/> would walk for $ids (a relation with both ends in $ids
    /// counts twice), at most $limit: what a path search weighs to expand the cheaper side. Without ORDER BY the LIMIT
    /// stops the walk, so counting against a hub costs no more than the other side's count.
    /// </summary>
    public const string RelationStepsCount = """
        SELECT count(*) FROM (
            SELECT 1 FROM relations
            WHERE source_id IN (SELECT value FROM json_each($ids))
              AND ($outgoing OR type IN (SELECT value FROM json_each($symmetric_types)))
              AND ($types IS NULL OR type IN (SELECT value FROM json_each($types)))
            UNION ALL
            SELECT 1 FROM relations
            WHERE target_id IN (SELECT value FROM json_each($ids))
              AND ($incoming OR type IN (SELECT value FROM json_each($symmetric_types)))
              AND ($types IS NULL OR type IN (SELECT value FROM json_each($types)))
            LIMIT $limit);
        """;

    /// <summary>
    /// How many distinct nodes one step from $ids lie outside $seen, at most $limit (a self-loop or a relation inside $ids
    /// leads into $seen, as in the in-memory step). DISTINCT streams through a temp B-tree, so the LIMIT stops the walk:
    /// asking whether a hub has more than one neighbour reads two or three index entries.
    /// </summary>
    public const string NextLayerSize = """
        SELECT count(*) FROM (
            SELECT DISTINCT node FROM (
                SELECT target_id AS node FROM relations
                WHERE source_id IN (SELECT value FROM json_each($ids))
                  AND ($outgoing OR type IN (SELECT value FROM json_each($symmetric_types)))
                  AND ($types IS NULL OR type IN (SELECT value FROM json_each($types)))
                UNION ALL
                SELECT source_id FROM relations
                WHERE target_id IN (SELECT value FROM json_each($ids))
                  AND ($incoming OR type IN (SELECT value FROM json_each($symmetric_types)))
                  AND ($types IS NULL OR type IN (SELECT value FROM json_each($types))))
            WHERE node NOT IN (SELECT value FROM json_each($seen))
            LIMIT $limit);
        """;

    /// <summary>Full rows (without evidence) of the given relations, in no particular order.</summary>
    public const string RelationsByIds = """
        SELECT r.id, r.type, r.source_id, r.target_id, r.properties, r.confidence, r.first_seen, r.last_seen
        FROM relations r
        WHERE r.id IN (SELECT value FROM json_each($ids));
        """;

    public const string EvidenceOfRelations = """
        SELECT relation_id, article_id, sentence, start, "end"
        FROM relation_evidence
        WHERE relation_id IN (SELECT value FROM json_each($ids))
        ORDER BY relation_id, article_id, start, "end";
        """;

    /// <summary>Entities (of $kind) related to at least two of the given entities, most given entities linked first.</summary>
    public const string LinkingEntities = """
        WITH given (id) AS (SELECT value FROM json_each($ids)),
        links (linker, linked) AS (
            SELECT target_id, source_id FROM relations
            WHERE source_id IN given AND target_id <> source_id AND ($types IS NULL OR type IN (SELECT value FROM json_each($types)))
            UNION ALL
            SELECT source_id, target_id FROM relations
            WHERE target_id IN given AND target_id <> source_id AND ($types IS NULL OR type IN (SELECT value FROM json_each($types))))
        SELECT l.linker
        FROM links l JOIN entities e ON e.id = l.linker
        WHERE $kind IS NULL OR e.kind = $kind
        GROUP BY l.linker
        HAVING count(DISTINCT l.linked) >= 2
        ORDER BY count(DISTINCT l.linked) DESC, min(e.name), l.linker;
        """;

    /// <summary>The relations between linking entities ($linkers) and the given entities ($ids).</summary>
    public const string RelationsBetween = """
        SELECT r.id, r.type, r.source_id, r.target_id, r.properties, r.confidence, r.first_seen, r.last_seen
        FROM relations r
        WHERE ($types IS NULL OR r.type IN (SELECT value FROM json_each($types)))
          AND ((r.source_id IN (SELECT value FROM json_each($linkers)) AND r.target_id IN (SELECT value FROM json_each($ids)))
            OR (r.target_id IN (SELECT value FROM json_each($linkers)) AND r.source_id IN (SELECT value FROM json_each($ids))))
          AND r.source_id <> r.target_id
        ORDER BY r.type, r.source_id, r.target_id, r.id;
        """;

    public const string ArticlesByIds = """
        SELECT id, document, title, url, publisher, author, published_on, content_hash, text
        FROM articles
        WHERE id IN (SELECT value FROM json_each($ids));
        """;

    /// <summary>Three result sets: totals, entities per type, relations per type.</summary>
    public const string Stats = """
        SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM entities), (SELECT count(*) FROM relations);
        SELECT type, count(*) FROM entities GROUP BY type ORDER BY type;
        SELECT type, count(*) FROM relations GROUP BY type ORDER BY type;
        """;
}
