// The whole graph's relations in comparable form: ends, confidence and the evidence spans (parallel lists the store
// formats as sorted "article:start-end" strings, like the embedded store).
MATCH (s:Entity)-[r]->(t:Entity)
RETURN r.id AS id, type(r) AS type, s.id AS sourceId, t.id AS targetId, r.confidence AS confidence,
       r.evidenceArticleIds AS evidenceArticleIds, r.evidenceStarts AS evidenceStarts, r.evidenceEnds AS evidenceEnds
