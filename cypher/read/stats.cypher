// Counts by what is counted ('article', 'entity', 'relation') and type; totals are sums.
// Relations are the relationships between entities (not HAS_NAME or MENTIONED_IN).
CALL () {
  MATCH (:Article)
  RETURN 'article' AS counted, 'Article' AS type, count(*) AS n
  UNION ALL
  MATCH (e:Entity)
  RETURN 'entity' AS counted, e.type AS type, count(*) AS n
  UNION ALL
  MATCH (:Entity)-[r]->(:Entity)
  RETURN 'relation' AS counted, type(r) AS type, count(*) AS n
}
RETURN counted, type, n
ORDER BY counted, type
