// Entities going by one of the given normalised names (name or alias), by name then id.
// @param names  LIST<STRING>  normalised names (Ids.Normalize)
MATCH (n:Name)<-[:HAS_NAME]-(e:Entity)
WHERE n.value IN $names
WITH DISTINCT e
RETURN e.id AS id, e.type AS type, e.kind AS kind, e.name AS name, e.aliases AS aliases,
       e.propertyKeys AS propertyKeys, e.propertyValues AS propertyValues
ORDER BY name, id
