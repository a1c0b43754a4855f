// Appends one decision with the seq decisions/next_seq gave (in the same transaction). The payload is the decision's
// arguments as JSON, the same text the embedded log stores.
// @param seq        INTEGER  from decisions/next_seq
// @param kind       STRING   DecisionKind name
// @param payload    STRING   DecisionPayload as JSON
// @param actor      STRING   the API key's name
// @param reason     STRING   why, or null
// @param createdAt  STRING   ISO-8601 UTC instant
// @param requestId  STRING   the request's unique id (see decisions/by_request)
CREATE (d:Decision {seq: $seq, kind: $kind, payload: $payload, actor: $actor, reason: $reason, createdAt: datetime($createdAt),
                    requestId: $requestId})
RETURN d.seq AS seq, d.kind AS kind, d.payload AS payload, d.actor AS actor, d.reason AS reason, d.createdAt AS createdAt,
       d.undoneBy AS undoneBy
