namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// The SQL of <see cref="SqliteNetworkQueries"/>. Paged questions are a shared CTE prefix followed by a count and a page
/// statement, sent as one command (two result sets, one round trip). Lists travel as JSON parameters, as in <see cref="ReadSql"/>.
/// </summary>
internal static class NetworkSql
{
    public const string RelationColumns = "r.id, r.type, r.source_id, r.target_id, r.properties, r.confidence, r.first_seen, r.last_seen";

    public const string RelationsByIds = $"""
        SELECT {RelationColumns}
        FROM relations r
        WHERE r.id IN (SELECT value FROM json_each($ids));
        """;

    // ---- provinces ------------------------------------------------------------------------------------------------------

    /// <summary>
    /// located(id, province): a province property, else the location property, else the name, each read through the place
    /// lexicon ($places: [[place, province] …], longest place first, so the first prefix match is the most specific).
    /// People are not located by their names.
    /// </summary>
    private const string LocatedCte = """
        places (rank, place, province) AS MATERIALIZED (
            SELECT key, json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each($places)),
        located (id, province) AS (
            SELECT e.id, coalesce(
                (SELECT p.province FROM places p WHERE instr(json_extract(e.properties, '$.province'), p.place) = 1 ORDER BY p.rank LIMIT 1),
                (SELECT p.province FROM places p WHERE instr(json_extract(e.properties, '$.location'), p.place) = 1 ORDER BY p.rank LIMIT 1),
                CASE WHEN e.type <> 'Person' THEN
                    (SELECT p.province FROM places p WHERE instr(e.name, p.place) = 1 ORDER BY p.rank LIMIT 1) END)
            FROM entities e)
        """;

    /// <summary>The entity-list filter of <see cref="ReadSql"/> ($type, $kinds, $name_like) over alias e.</summary>
    private const string EntityFilter = """
        ($type IS NULL OR e.type = $type)
          AND ($kinds IS NULL OR e.kind IN (SELECT value FROM json_each($kinds)))
          AND ($name_like IS NULL OR EXISTS (
                SELECT 1 FROM entity_names n WHERE n.entity_id = e.id AND n.normalized LIKE $name_like ESCAPE '\'))
        """;

    public const string CountByProvince = $"""
        WITH {LocatedCte}
        SELECT coalesce(l.province, $unknown) AS bucket, count(*) AS n
        FROM entities e JOIN located l ON l.id = e.id
        WHERE {EntityFilter}
        GROUP BY bucket
        ORDER BY n DESC, bucket;
        """;

    public const string CountByKind = """
        SELECT coalesce(kind, $unknown) AS bucket, count(*) AS n
        FROM entities
        WHERE type = $type
        GROUP BY bucket
        ORDER BY n DESC, bucket;
        """;

    public const string ArticlesByMonth = """
        SELECT substr(published_on, 1, 7) AS month, count(*)
        FROM articles
        WHERE published_on IS NOT NULL
          AND ($from IS NULL OR published_on >= $from)
          AND ($to IS NULL OR published_on <= $to)
        GROUP BY month
        ORDER BY month;
        """;

    // ---- brokers ----------------------------------------------------------------------------------------------------------

    /// <summary>
    /// scope: the entities the subgraph is induced by ($types, $kinds for organizations, $province);
    /// edges: distinct undirected pairs among them along $rel_types; ranked: the scope entities to list ($rank_kinds).
    /// </summary>
    private const string BrokerCte = $"""
        WITH {LocatedCte},
        scope (id) AS (
            SELECT e.id FROM entities e
            WHERE ($types IS NULL OR e.type IN (SELECT value FROM json_each($types)))
              AND ($kinds IS NULL OR e.type <> 'Organization' OR e.kind IN (SELECT value FROM json_each($kinds)))
              AND ($province IS NULL OR e.id IN (SELECT id FROM located WHERE province = $province))),
        edges (a, b) AS (
            SELECT DISTINCT min(source_id, target_id), max(source_id, target_id) FROM relations
            WHERE source_id IN scope AND target_id IN scope AND source_id <> target_id
              AND ($rel_types IS NULL OR type IN (SELECT value FROM json_each($rel_types)))),
        ranked (id) AS (
            SELECT s.id FROM scope s JOIN entities e ON e.id = s.id
            WHERE $rank_kinds IS NULL OR e.kind IN (SELECT value FROM json_each($rank_kinds)))
        """;

    /// <summary>One row: scope nodes, scope edges, ranked entities.</summary>
    public const string BrokerScopeSize = BrokerCte + """

        SELECT (SELECT count(*) FROM scope), (SELECT count(*) FROM edges), (SELECT count(*) FROM ranked);
        """;

    public const string BrokersByDegree = BrokerCte + """
        ,
        ends (id) AS (SELECT a FROM edges UNION ALL SELECT b FROM edges)
        SELECT r.id, (SELECT count(*) FROM ends WHERE ends.id = r.id) AS degree
        FROM ranked r JOIN entities e ON e.id = r.id
        ORDER BY degree DESC, e.name, e.id
        LIMIT $limit OFFSET $offset;
        """;

    /// <summary>Two result sets: the scope (id, ranked?, name) and its edges.</summary>
    public const string BrokerSubgraph = BrokerCte + """

        SELECT s.id, s.id IN (SELECT id FROM ranked), e.name FROM scope s JOIN entities e ON e.id = s.id ORDER BY s.id;
        """ + BrokerCte + """

        SELECT a, b FROM edges;
        """;

    // ---- co-participation ---------------------------------------------------------------------------------------------

    /// <summary>mine: the events $id organised or attended; ranked: who else did, with how many of those events.</summary>
    private const string CoParticipantCte = """
        WITH mine (event_id) AS (
            SELECT target_id FROM relations
            WHERE source_id = $id AND type IN (SELECT value FROM json_each($participation))),
        theirs (entity_id, event_id) AS (
            SELECT DISTINCT r.source_id, r.target_id FROM relations r
            WHERE r.target_id IN mine AND r.type IN (SELECT value FROM json_each($participation)) AND r.source_id <> $id),
        ranked (entity_id, shared) AS (
            SELECT t.entity_id, count(*) FROM theirs t JOIN entities e ON e.id = t.entity_id
            WHERE $types IS NULL OR e.type IN (SELECT value FROM json_each($types))
            GROUP BY t.entity_id)
        """;

    public const string CoParticipants = CoParticipantCte + """

        SELECT count(*) FROM ranked;
        """ + CoParticipantCte + """

        SELECT r.entity_id, r.shared
        FROM ranked r JOIN entities e ON e.id = r.entity_id
        ORDER BY r.shared DESC, e.name, e.id
        LIMIT $limit OFFSET $offset;
        """;

    /// <summary>The participation relations of $ids to the events $id also took part in.</summary>
    public const string ParticipationLinks = $"""
        SELECT {RelationColumns}
        FROM relations r
        WHERE r.source_id IN (SELECT value FROM json_each($ids))
          AND r.type IN (SELECT value FROM json_each($participation))
          AND r.target_id IN (
                SELECT target_id FROM relations WHERE source_id = $id AND type IN (SELECT value FROM json_each($participation)))
        ORDER BY r.target_id, r.type, r.id;
        """;

    // ---- rankings -------------------------------------------------------------------------------------------------------

    public const string RelationsScore =
        "(SELECT count(*) FROM relations r WHERE r.source_id = e.id) + (SELECT count(*) FROM relations r WHERE r.target_id = e.id AND r.source_id <> e.id)";

    public const string NeighborsScore =
        "(SELECT count(*) FROM (SELECT target_id AS other FROM relations WHERE source_id = e.id UNION SELECT source_id FROM relations WHERE target_id = e.id) WHERE other <> e.id)";

    public const string ArticlesScore = "(SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.entity_id = e.id)";

    /// <summary>Ranks the filtered entities by {0}, a score expression over alias e (one of the constants above).</summary>
    public const string RankEntitiesTemplate = $$"""
        SELECT count(*) FROM entities e WHERE {{EntityFilter}};
        SELECT e.id, {0} AS score
        FROM entities e
        WHERE {{EntityFilter}}
        ORDER BY score DESC, e.name, e.id
        LIMIT $limit OFFSET $offset;
        """;

    // ---- changes ----------------------------------------------------------------------------------------------------------

    /// <summary>
    /// changes(item, id, at, added): relations with evidence, and entities with mentions, from an article ingested since $since;
    /// at is the latest ingestion supporting it, added says every supporting article is that recent.
    /// </summary>
    private const string ChangesCte = """
        WITH fresh (id) AS (SELECT id FROM articles WHERE ingested_at >= $since),
        changes (item, id, at, added) AS (
            SELECT 'R', ev.relation_id, max(a.ingested_at), min(a.ingested_at) >= $since
            FROM relation_evidence ev JOIN articles a ON a.id = ev.article_id
            WHERE ev.relation_id IN (SELECT relation_id FROM relation_evidence WHERE article_id IN fresh)
            GROUP BY ev.relation_id
            UNION ALL
            SELECT 'E', m.entity_id, max(a.ingested_at), min(a.ingested_at) >= $since
            FROM mentions m JOIN articles a ON a.id = m.article_id
            WHERE m.entity_id IN (SELECT entity_id FROM mentions WHERE article_id IN fresh)
            GROUP BY m.entity_id)
        """;

    public const string Changes = ChangesCte + """

        SELECT count(*) FROM changes;
        """ + ChangesCte + """

        SELECT item, id, at, added FROM changes
        ORDER BY at, item, id
        LIMIT $limit OFFSET $offset;
        """;
}
