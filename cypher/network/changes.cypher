// Relations with evidence, and entities with mentions, from an article ingested at or after $since: at is the latest
// ingestion supporting it, added says every supporting article is that recent. Oldest change first (then item, id), so a
// dashboard paging forward never misses one that arrives meanwhile. Relations are found through the fresh articles'
// evidence index (relationIds/relationSources), not a relationship scan. One row: the total and the page's maps.
// @param since   STRING   ISO-8601 UTC instant
// @param offset  INTEGER  rows to skip
// @param limit   INTEGER  rows to return (the caller asks one more to learn whether a next page exists)
CALL () {
  MATCH (fresh:Article)
  WHERE fresh.ingestedAt >= datetime($since)
  UNWIND range(0, size(coalesce(fresh.relationIds, [])) - 1) AS i
  WITH DISTINCT fresh.relationIds[i] AS relationId, fresh.relationSources[i] AS sourceId
  MATCH (s:Entity {id: sourceId})-[r]->(:Entity)
  WHERE r.id = relationId
  WITH DISTINCT r, s
  MATCH (a:Article)
  WHERE a.id IN r.evidenceArticleIds
  RETURN 'R' AS item, r.id AS id, s.id AS sourceId, max(a.ingestedAt) AS at, min(a.ingestedAt) >= datetime($since) AS added
  UNION ALL
  MATCH (fresh:Article)<-[:MENTIONED_IN]-(e:Entity)
  WHERE fresh.ingestedAt >= datetime($since)
  WITH DISTINCT e
  MATCH (e)-[:MENTIONED_IN]->(a:Article)
  RETURN 'E' AS item, e.id AS id, null AS sourceId, max(a.ingestedAt) AS at, min(a.ingestedAt) >= datetime($since) AS added
}
WITH item, id, sourceId, at, added
ORDER BY at, item, id
WITH collect({item: item, id: id, sourceId: sourceId, at: at, added: added}) AS changes
RETURN size(changes) AS total, changes[$offset..($offset + $limit)] AS page
