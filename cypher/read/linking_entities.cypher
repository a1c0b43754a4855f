// Entities (of $kind) related to at least two of the given entities, most given entities linked first.
// @param ids    LIST<STRING>  the given entity ids
// @param kind   STRING        organisation kind of the linking entity, or null for any
// @param types  LIST<STRING>  relation types that count as a link, or null for all
MATCH (g:Entity)-[r]-(l:Entity)
WHERE g.id IN $ids AND l <> g
  AND ($types IS NULL OR type(r) IN $types)
  AND ($kind IS NULL OR l.kind = $kind)
WITH l, count(DISTINCT g) AS linked
WHERE linked >= 2
RETURN l.id AS id
ORDER BY linked DESC, l.name, l.id
