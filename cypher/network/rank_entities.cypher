// Entities of an entity list (same filter as read/entity_page) ranked by $measure, most first, then name, id:
// 'Relations' (relations touching it, a self-relation once), 'Neighbors' (distinct other entities related to it) or
// 'Articles' (distinct articles mentioning it). One row: the total and the page's {id, score} maps.
// @param type      STRING        entity type, or null for any
// @param kinds     LIST<STRING>  organisation kinds, or null for any
// @param fragment  STRING        case-folded normalised fragment of a name or alias, or null for any
// @param measure   STRING        Relations, Neighbors or Articles
// @param offset    INTEGER       rows of the ranking to skip
// @param limit     INTEGER       rows to return (the caller asks one more to learn whether a next page exists)
MATCH (e:Entity)
WHERE ($type IS NULL OR e.type = $type)
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($fragment IS NULL OR EXISTS { MATCH (e)-[:HAS_NAME]->(n:Name) WHERE n.folded CONTAINS $fragment })
WITH e, CASE $measure
          WHEN 'Relations' THEN COUNT { (e)-->(:Entity) } + COUNT { (s:Entity)-->(e) WHERE s <> e }
          WHEN 'Neighbors' THEN size(COLLECT { MATCH (e)--(o:Entity) WHERE o <> e RETURN DISTINCT o.id })
          ELSE size(COLLECT { MATCH (e)-[:MENTIONED_IN]->(a:Article) RETURN DISTINCT a.id })
        END AS score
ORDER BY score DESC, e.name, e.id
WITH collect({id: e.id, score: score}) AS ranked
RETURN size(ranked) AS total, ranked[$offset..($offset + $limit)] AS page
