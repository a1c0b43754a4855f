// Relations by id, with their evidence. Each key names the relation's stored source entity too, so the lookup seeks
// on the entity id index instead of scanning every relationship for the id.
// @param keys  LIST<MAP>  {id, sourceId}
UNWIND $keys AS key
MATCH (s:Entity {id: key.sourceId})-[r]->(t:Entity)
WHERE r.id = key.id
RETURN r.id AS id, type(r) AS type, s.id AS sourceId, t.id AS targetId,
       r.propertyKeys AS propertyKeys, r.propertyValues AS propertyValues, r.confidence AS confidence,
       r.firstSeen AS firstSeen, r.lastSeen AS lastSeen,
       r.evidenceArticleIds AS evidenceArticleIds, r.evidenceSentences AS evidenceSentences,
       r.evidenceStarts AS evidenceStarts, r.evidenceEnds AS evidenceEnds
