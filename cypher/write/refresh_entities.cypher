// Step 9 of a batch write: an entity's first/last seen dates span the articles that mention it.
// @param ids  LIST<STRING>  entities the batch wrote or made orphan candidates
MATCH (e:Entity)
WHERE e.id IN $ids
OPTIONAL MATCH (e)-[:MENTIONED_IN]->(a:Article)
WITH e, min(a.seenAt) AS firstSeen, max(a.seenAt) AS lastSeen
SET e.firstSeen = coalesce(firstSeen, e.firstSeen), e.lastSeen = coalesce(lastSeen, e.lastSeen)
