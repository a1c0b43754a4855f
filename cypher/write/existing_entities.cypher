// Which of the given entity ids exist (inside the write transaction, so the batch's own entities count).
// @param ids  LIST<STRING>  entity ids relations link
MATCH (e:Entity)
WHERE e.id IN $ids
RETURN e.id AS id
