// Entities of $type counted by organisation kind, most first (then kind); no kind counts as $unknown.
// @param type     STRING  entity type
// @param unknown  STRING  the bucket name for entities without a kind
MATCH (e:Entity)
WHERE e.type = $type
WITH coalesce(e.kind, $unknown) AS name
RETURN name, count(*) AS n
ORDER BY n DESC, name
