// The participation relations of $ids to the events $id also took part in, with their evidence.
// @param id             STRING        the entity whose events count
// @param ids            LIST<STRING>  the co-participants shown
// @param participation  LIST<STRING>  relation types that count as taking part (ORGANIZED, ATTENDED)
MATCH (s:Entity)-[r]->(t:Entity)
WHERE s.id IN $ids AND type(r) IN $participation
  AND EXISTS { MATCH (:Entity {id: $id})-[p]->(t) WHERE type(p) IN $participation }
RETURN r.id AS id, type(r) AS type, s.id AS sourceId, t.id AS targetId,
       r.propertyKeys AS propertyKeys, r.propertyValues AS propertyValues, r.confidence AS confidence,
       r.firstSeen AS firstSeen, r.lastSeen AS lastSeen,
       r.evidenceArticleIds AS evidenceArticleIds, r.evidenceSentences AS evidenceSentences,
       r.evidenceStarts AS evidenceStarts, r.evidenceEnds AS evidenceEnds
ORDER BY targetId, type, id
