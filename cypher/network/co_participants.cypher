// Entities that organised or attended the same events as $id, most shared events first (then name, id). Paged by
// offset in Cypher (a ranking has no key to seek from): one row with the total and the page's {id, shared} maps.
// @param id             STRING        the entity whose co-participants are wanted
// @param participation  LIST<STRING>  relation types that count as taking part (ORGANIZED, ATTENDED)
// @param types          LIST<STRING>  entity types of the co-participants, or null for any
// @param offset         INTEGER       rows of the ranking to skip
// @param limit          INTEGER       rows to return (the caller asks one more to learn whether a next page exists)
MATCH (me:Entity {id: $id})-[p]->(event:Entity)
WHERE type(p) IN $participation
WITH DISTINCT me, event
MATCH (other:Entity)-[q]->(event)
WHERE type(q) IN $participation AND other <> me
  AND ($types IS NULL OR other.type IN $types)
WITH other, count(DISTINCT event) AS shared
ORDER BY shared DESC, other.name, other.id
WITH collect({id: other.id, shared: shared}) AS ranked
RETURN size(ranked) AS total, ranked[$offset..($offset + $limit)] AS page
