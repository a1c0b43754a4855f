// One page of an entity list: keyset paging after the cursor's (name, id), in (name, id) order. The caller asks
// for one row more than the page to learn whether a next page exists.
// @param type       STRING        entity type, or null for any
// @param kinds      LIST<STRING>  organisation kinds, or null for any
// @param fragment   STRING        case-folded normalised fragment of a name or alias, or null for any
// @param afterName  STRING        the cursor's name, or null for the first page
// @param afterId    STRING        the cursor's id, or null for the first page
// @param limit      INTEGER       rows to return
MATCH (e:Entity)
WHERE ($type IS NULL OR e.type = $type)
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($fragment IS NULL OR EXISTS { MATCH (e)-[:HAS_NAME]->(n:Name) WHERE n.folded CONTAINS $fragment })
  AND ($afterName IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.id > $afterId))
RETURN e.id AS id, e.type AS type, e.kind AS kind, e.name AS name, e.aliases AS aliases,
       e.propertyKeys AS propertyKeys, e.propertyValues AS propertyValues
ORDER BY name, id
LIMIT $limit
