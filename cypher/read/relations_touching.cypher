// Relations leaving ($outgoing) and/or entering ($incoming) the given entities, with their evidence. Symmetric types
// have no direction, so they match from either end whatever the direction asked. Each half seeks on the entity id.
// @param ids             LIST<STRING>  entity ids
// @param outgoing        BOOLEAN       follow relations whose source is given
// @param incoming        BOOLEAN       follow relations whose target is given
// @param symmetricTypes  LIST<STRING>  relation types without direction
// @param types           LIST<STRING>  relation types to follow, or null for all
CALL () {
  MATCH (s:Entity)-[r]->(t:Entity)
  WHERE s.id IN $ids AND ($outgoing OR type(r) IN $symmetricTypes)
  RETURN r, s, t
  UNION
  MATCH (s:Entity)-[r]->(t:Entity)
  WHERE t.id IN $ids AND ($incoming OR type(r) IN $symmetricTypes)
  RETURN r, s, t
}
WITH r, s, t
WHERE $types IS NULL OR type(r) IN $types
RETURN r.id AS id, type(r) AS type, s.id AS sourceId, t.id AS targetId,
       r.propertyKeys AS propertyKeys, r.propertyValues AS propertyValues, r.confidence AS confidence,
       r.firstSeen AS firstSeen, r.lastSeen AS lastSeen,
       r.evidenceArticleIds AS evidenceArticleIds, r.evidenceSentences AS evidenceSentences,
       r.evidenceStarts AS evidenceStarts, r.evidenceEnds AS evidenceEnds
ORDER BY type, sourceId, targetId, id
