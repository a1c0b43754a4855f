// Decisions in force (not undone, not undos), oldest first: the order they apply in.
// @param undo  STRING  the Undo kind's name
MATCH (d:Decision)
WHERE d.undoneBy IS NULL AND d.kind <> $undo
RETURN d.seq AS seq, d.kind AS kind, d.payload AS payload, d.actor AS actor, d.reason AS reason, d.createdAt AS createdAt,
       d.undoneBy AS undoneBy
ORDER BY seq
