// The decision a given append or undo request already made, if any. A transaction whose commit answer was lost (a
// dropped connection) is run again by the retry policy; finding its decision here keeps the append from happening
// twice. Decisions are few (each is an analyst's act), so this label scan is cheap.
// @param requestId  STRING  the request's unique id, chosen by the client
MATCH (d:Decision)
WHERE d.requestId = $requestId
RETURN d.seq AS seq, d.kind AS kind, d.payload AS payload, d.actor AS actor, d.reason AS reason, d.createdAt AS createdAt,
       d.undoneBy AS undoneBy
