// Step 2 of a curation reset: deletes the given entities with their mentions and the relations touching them (DETACH),
// then their Name nodes that no other entity goes by. The batch written next in the same transaction puts back what
// still holds. Decision nodes are never touched.
// @param ids  LIST<STRING>  entity ids being reset
MATCH (e:Entity)
WHERE e.id IN $ids
OPTIONAL MATCH (e)-[:HAS_NAME]->(n:Name)
WITH collect(DISTINCT e) AS entities, collect(DISTINCT n) AS names
FOREACH (e IN entities | DETACH DELETE e)
WITH names
UNWIND names AS n
WITH n
WHERE NOT EXISTS { ()-[:HAS_NAME]->(n) }
DELETE n
