// Step 10 of a batch write: deletes the orphan candidates now neither mentioned nor related, then their Name nodes
// that no other entity goes by.
// @param ids  LIST<STRING>  the orphan candidates steps 1 and 2 found
MATCH (e:Entity)
WHERE e.id IN $ids
  AND NOT EXISTS { (e)-[:MENTIONED_IN]->(:Article) }
  AND NOT EXISTS { (e)--(:Entity) }
OPTIONAL MATCH (e)-[:HAS_NAME]->(n:Name)
WITH collect(DISTINCT e) AS entities, collect(DISTINCT n) AS names
FOREACH (e IN entities | DETACH DELETE e)
WITH names
UNWIND names AS n
WITH n
WHERE NOT EXISTS { ()-[:HAS_NAME]->(n) }
DELETE n
