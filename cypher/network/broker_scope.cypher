// The subgraph a broker ranking is measured in, for the caller to rank by degree or betweenness (Brandes, which Cypher
// has no procedure for without GDS): the entities of $types (organisations only of $kinds) located in $province, each
// with its distinct neighbours along $relTypes that pass the same type and kind conditions. The caller drops neighbours
// outside the returned scope (the province test is not repeated per relationship). In id order, so a sampled estimate
// picks the same sources every time. Province rule as in network/count_by_province. An entity without a kind is not
// ranked when $rankKinds is given (ranked is never null).
// @param types      LIST<STRING>        entity types in scope, or null for any
// @param kinds      LIST<STRING>        organisation kinds in scope (other types are not held to it), or null for any
// @param province   STRING              the province the scope is located in, or null for anywhere
// @param places     LIST<LIST<STRING>>  [place, province] pairs, longest place first
// @param relTypes   LIST<STRING>        relation types that count as edges, or null for all
// @param rankKinds  LIST<STRING>        kinds of the entities to rank, or null for every scope entity
// @param limit      INTEGER             most scope entities to read (the caller asks one more to learn it is over)
MATCH (e:Entity)
WHERE ($types IS NULL OR e.type IN $types)
  AND ($kinds IS NULL OR e.type <> 'Organization' OR e.kind IN $kinds)
WITH e,
     [i IN range(0, size(e.propertyKeys) - 1) WHERE e.propertyKeys[i] = 'province' | e.propertyValues[i]][0] AS provinceProperty,
     [i IN range(0, size(e.propertyKeys) - 1) WHERE e.propertyKeys[i] = 'location' | e.propertyValues[i]][0] AS location
WHERE $province IS NULL OR $province = coalesce(
        head([p IN $places WHERE provinceProperty STARTS WITH p[0] | p[1]]),
        head([p IN $places WHERE location STARTS WITH p[0] | p[1]]),
        CASE WHEN e.type <> 'Person' THEN head([p IN $places WHERE e.name STARTS WITH p[0] | p[1]]) END)
RETURN e.id AS id, e.name AS name, ($rankKinds IS NULL OR coalesce(e.kind IN $rankKinds, false)) AS ranked,
       COLLECT {
         MATCH (e)-[r]-(o:Entity)
         WHERE o <> e AND ($relTypes IS NULL OR type(r) IN $relTypes)
           AND ($types IS NULL OR o.type IN $types)
           AND ($kinds IS NULL OR o.type <> 'Organization' OR o.kind IN $kinds)
         RETURN DISTINCT o.id
       } AS neighbours
ORDER BY id
LIMIT $limit
