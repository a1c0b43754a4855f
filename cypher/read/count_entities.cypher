// How many entities an entity list has in all (same filter as read/entity_page).
// @param type      STRING        entity type, or null for any
// @param kinds     LIST<STRING>  organisation kinds, or null for any
// @param fragment  STRING        case-folded normalised fragment of a name or alias, or null for any
MATCH (e:Entity)
WHERE ($type IS NULL OR e.type = $type)
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($fragment IS NULL OR EXISTS { MATCH (e)-[:HAS_NAME]->(n:Name) WHERE n.folded CONTAINS $fragment })
RETURN count(e) AS total
