// Step 8 of a batch write: deletes the stale relations no article states any more, and counts them.
// @param rows  LIST<MAP>  {id, sourceId}: the relations step 1 returned
UNWIND $rows AS row
MATCH (:Entity {id: row.sourceId})-[r]-(:Entity)
WHERE r.id = row.id AND size(r.evidenceKeys) = 0
WITH DISTINCT r
DELETE r
RETURN count(r) AS removed
