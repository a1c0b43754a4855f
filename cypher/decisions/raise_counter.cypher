// First step of copying a decision log into Neo4j: the counter is raised to at least the highest copied seq, so later
// decisions number after the copied ones. Like decisions/next_seq it write-locks the counter for the transaction.
// @param last  INTEGER  the highest seq being copied
MERGE (c:DecisionCounter {id: 'decisions'})
  ON CREATE SET c.last = 0
SET c.last = CASE WHEN c.last < $last THEN $last ELSE c.last END
