// Step 2 of a batch write: deletes the mentions the batch's articles made and returns the entities that lost one
// (orphan candidates: deleted at the end if nothing supports them any more).
// @param articleIds  LIST<STRING>  the batch's article ids
MATCH (e:Entity)-[m:MENTIONED_IN]->(a:Article)
WHERE a.id IN $articleIds
DELETE m
RETURN DISTINCT e.id AS id
