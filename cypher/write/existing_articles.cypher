// Which of the given article ids exist (inside the write transaction, so the batch's own articles count).
// @param ids  LIST<STRING>  article ids cited by mentions or evidence
MATCH (a:Article)
WHERE a.id IN $ids
RETURN a.id AS id
