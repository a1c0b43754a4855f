// Marks a decision undone by the undo just appended (same transaction); returns nothing if it was undone meanwhile.
// @param seq       INTEGER  the decision taken back
// @param undoneBy  INTEGER  the undo decision's seq
MATCH (d:Decision {seq: $seq})
WHERE d.undoneBy IS NULL
SET d.undoneBy = $undoneBy
RETURN d.seq AS seq
