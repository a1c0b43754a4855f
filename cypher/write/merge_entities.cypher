// Step 4 of a batch write: merges entities. Type and name stay as first stored (the id derives from them). Kind: a
// known kind is kept; only an unknown (null) or the catch-all $otherKind gives way to a stated one. Properties: the
// batch wins per key (kept as parallel key/value lists, since a map is no property value). Aliases: an ordered union
// of every name other than the stored one. Each name is also linked to its Name node for resolution and search.
// @param rows       LIST<MAP>  {id, type, kind, name, names, normalizedNames, foldedNames, propertyKeys, propertyValues}
// @param otherKind  STRING     the catch-all organisation kind
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e.type = row.type, e.name = row.name, e.aliases = [], e.propertyKeys = [], e.propertyValues = []
WITH e, row, [i IN range(0, size(e.propertyKeys) - 1) WHERE NOT e.propertyKeys[i] IN row.propertyKeys] AS kept
WITH e, row,
     CASE WHEN e.kind IS NULL OR (e.kind = $otherKind AND row.kind IS NOT NULL) THEN row.kind ELSE e.kind END AS kind,
     [i IN kept | e.propertyKeys[i]] + row.propertyKeys AS propertyKeys,
     [i IN kept | e.propertyValues[i]] + row.propertyValues AS propertyValues,
     e.aliases + [n IN row.names WHERE n <> e.name AND NOT n IN e.aliases] AS aliases
SET e.kind = kind, e.propertyKeys = propertyKeys, e.propertyValues = propertyValues, e.aliases = aliases
WITH e, row
UNWIND range(0, size(row.names) - 1) AS i
MERGE (n:Name {value: row.normalizedNames[i]})
  ON CREATE SET n.folded = row.foldedNames[i]
MERGE (e)-[:HAS_NAME]->(n)
