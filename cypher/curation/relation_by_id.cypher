// One relation by id, without evidence (a curation request names it). Relationship ids have no index (a relationship
// index needs a type, and the type is what the caller does not know), so this scans relationships between entities:
// one read per confirm or reject decision.
// @param id  STRING  relation id
MATCH (s:Entity)-[r]->(t:Entity)
WHERE r.id = $id
RETURN r.id AS id, type(r) AS type, s.id AS sourceId, t.id AS targetId, r.confidence AS confidence
LIMIT 1
