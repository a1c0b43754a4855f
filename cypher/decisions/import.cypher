// Copies decisions from the embedded store's log (the copy verb), keeping their seq, time and payload text: seqs are
// what undos and split entity ids refer to. A rerun of the copy finds each by seq and only takes a later undo mark.
// @param rows  LIST<MAP>  {seq, kind, payload, actor, reason, createdAt: ISO-8601 UTC, undoneBy}
UNWIND $rows AS row
MERGE (d:Decision {seq: row.seq})
  ON CREATE SET d.kind = row.kind, d.payload = row.payload, d.actor = row.actor, d.reason = row.reason,
                d.createdAt = datetime(row.createdAt)
SET d.undoneBy = row.undoneBy
