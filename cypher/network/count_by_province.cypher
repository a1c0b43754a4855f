// Entities of an entity list (same filter as read/entity_page) counted by province, most first (then province). The
// province is the embedded store's rule: the place lexicon ($places, longest place first, so the first prefix match is
// the most specific) read on the province property, else the location property, else the name (not for people).
// @param type      STRING              entity type, or null for any
// @param kinds     LIST<STRING>        organisation kinds, or null for any
// @param fragment  STRING              case-folded normalised fragment of a name or alias, or null for any
// @param places    LIST<LIST<STRING>>  [place, province] pairs, longest place first
// @param unknown   STRING              the bucket name for entities no province is known for
MATCH (e:Entity)
WHERE ($type IS NULL OR e.type = $type)
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($fragment IS NULL OR EXISTS { MATCH (e)-[:HAS_NAME]->(n:Name) WHERE n.folded CONTAINS $fragment })
WITH e,
     [i IN range(0, size(e.propertyKeys) - 1) WHERE e.propertyKeys[i] = 'province' | e.propertyValues[i]][0] AS provinceProperty,
     [i IN range(0, size(e.propertyKeys) - 1) WHERE e.propertyKeys[i] = 'location' | e.propertyValues[i]][0] AS location
WITH coalesce(
       head([p IN $places WHERE provinceProperty STARTS WITH p[0] | p[1]]),
       head([p IN $places WHERE location STARTS WITH p[0] | p[1]]),
       CASE WHEN e.type <> 'Person' THEN head([p IN $places WHERE e.name STARTS WITH p[0] | p[1]]) END,
       $unknown) AS name
RETURN name, count(*) AS n
ORDER BY n DESC, name
