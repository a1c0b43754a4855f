// The whole audit trail, undone decisions and undos included, oldest first.
MATCH (d:Decision)
RETURN d.seq AS seq, d.kind AS kind, d.payload AS payload, d.actor AS actor, d.reason AS reason, d.createdAt AS createdAt,
       d.undoneBy AS undoneBy
ORDER BY seq
