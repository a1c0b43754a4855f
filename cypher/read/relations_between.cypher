// The relations between linking entities ($linkers) and the given entities ($ids), with their evidence.
// @param linkers  LIST<STRING>  linking entity ids
// @param ids      LIST<STRING>  the given entity ids
// @param types    LIST<STRING>  relation types that count as a link, or null for all
CALL () {
  MATCH (s:Entity)-[r]->(t:Entity)
  WHERE s.id IN $linkers AND t.id IN $ids
  RETURN r, s, t
  UNION
  MATCH (s:Entity)-[r]->(t:Entity)
  WHERE t.id IN $linkers AND s.id IN $ids
  RETURN r, s, t
}
WITH r, s, t
WHERE s <> t AND ($types IS NULL OR type(r) IN $types)
RETURN r.id AS id, type(r) AS type, s.id AS sourceId, t.id AS targetId,
       r.propertyKeys AS propertyKeys, r.propertyValues AS propertyValues, r.confidence AS confidence,
       r.firstSeen AS firstSeen, r.lastSeen AS lastSeen,
       r.evidenceArticleIds AS evidenceArticleIds, r.evidenceSentences AS evidenceSentences,
       r.evidenceStarts AS evidenceStarts, r.evidenceEnds AS evidenceEnds
ORDER BY type, sourceId, targetId, id
