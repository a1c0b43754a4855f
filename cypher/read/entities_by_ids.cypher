// Entities by id, in one call; the store puts them in the order asked.
// @param ids  LIST<STRING>  entity ids
MATCH (e:Entity)
WHERE e.id IN $ids
RETURN e.id AS id, e.type AS type, e.kind AS kind, e.name AS name, e.aliases AS aliases,
       e.propertyKeys AS propertyKeys, e.propertyValues AS propertyValues
