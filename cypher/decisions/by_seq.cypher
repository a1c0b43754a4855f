// One decision by its sequence number.
// @param seq  INTEGER  decision seq
MATCH (d:Decision {seq: $seq})
RETURN d.seq AS seq, d.kind AS kind, d.payload AS payload, d.actor AS actor, d.reason AS reason, d.createdAt AS createdAt,
       d.undoneBy AS undoneBy
