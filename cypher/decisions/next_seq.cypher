// First step of every decision-log write: takes the next sequence number from the counter node. Incrementing it
// write-locks the counter until the transaction ends, so log writers run one at a time and what they read next (the
// decision to undo) is current. A missing counter starts from the highest stored seq.
MATCH (d:Decision)
WITH max(d.seq) AS highest
MERGE (c:DecisionCounter {id: 'decisions'})
  ON CREATE SET c.last = coalesce(highest, 0)
SET c.last = c.last + 1
RETURN c.last AS seq
