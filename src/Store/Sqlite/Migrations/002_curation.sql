-- Curation: analysts' decisions, append-only and apart from the extracted tables. A re-ingest, a re-extraction or a
-- rebuild rewrites entities, mentions and relations; it never touches this table, and re-applies what it holds.

CREATE TABLE decisions (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    kind       TEXT NOT NULL,                 -- DecisionKind name
    payload    TEXT NOT NULL CHECK (json_valid(payload)),
    actor      TEXT NOT NULL,                 -- the API key's name (or "cli")
    reason     TEXT,
    created_at TEXT NOT NULL,                 -- round-trip UTC timestamp
    undone_by  INTEGER REFERENCES decisions (seq)
) STRICT;

CREATE INDEX ix_decisions_active ON decisions (undone_by, seq);
