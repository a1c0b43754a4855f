// Curation decisions are numbered: the log applies them in seq order and finds one by seq (undo, the audit trail).
CREATE CONSTRAINT decision_seq IF NOT EXISTS FOR (d:Decision) REQUIRE d.seq IS UNIQUE
