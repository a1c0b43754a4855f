-- The first schema of the embedded store. Dates are ISO-8601 text so that they compare as strings.
-- STRICT tables: a wrongly typed value is an error here, not a silent coercion.

CREATE TABLE articles (
    id           TEXT PRIMARY KEY,
    document     TEXT NOT NULL,
    title        TEXT,
    url          TEXT,
    publisher    TEXT,
    author       TEXT,
    published_on TEXT,            -- yyyy-MM-dd
    content_hash TEXT NOT NULL,
    text         TEXT NOT NULL,
    ingested_at  TEXT NOT NULL    -- round-trip ("o") UTC timestamp; kept while the content hash is unchanged
) STRICT;

CREATE TABLE entities (
    id         TEXT PRIMARY KEY,
    type       TEXT NOT NULL,
    kind       TEXT,
    name       TEXT NOT NULL,
    properties TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(properties)),
    first_seen TEXT,
    last_seen  TEXT
) STRICT;

CREATE INDEX ix_entities_name_id ON entities (name, id);
CREATE INDEX ix_entities_type_kind ON entities (type, kind);

-- Every name an entity goes by: its name (is_alias = 0) and its aliases, in the order first seen (rowid).
CREATE TABLE entity_names (
    entity_id  TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    normalized TEXT NOT NULL,     -- Ids.Normalize(name)
    is_alias   INTEGER NOT NULL,
    PRIMARY KEY (entity_id, name)
) STRICT;

CREATE INDEX ix_entity_names_normalized ON entity_names (normalized, entity_id);

CREATE TABLE mentions (
    entity_id  TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    sentence   TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    PRIMARY KEY (entity_id, article_id, start, "end")
) STRICT;

CREATE INDEX ix_mentions_article ON mentions (article_id);

CREATE TABLE relations (
    id         TEXT PRIMARY KEY,
    type       TEXT NOT NULL,
    source_id  TEXT NOT NULL REFERENCES entities (id),
    target_id  TEXT NOT NULL REFERENCES entities (id),
    properties TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(properties)),
    confidence REAL NOT NULL,
    first_seen TEXT,
    last_seen  TEXT
) STRICT;

CREATE INDEX ix_relations_source_type ON relations (source_id, type);
CREATE INDEX ix_relations_target_type ON relations (target_id, type);

CREATE TABLE relation_evidence (
    relation_id TEXT NOT NULL REFERENCES relations (id) ON DELETE CASCADE,
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    sentence    TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    confidence  REAL NOT NULL,
    PRIMARY KEY (relation_id, article_id, start, "end")
) STRICT;

CREATE INDEX ix_relation_evidence_article ON relation_evidence (article_id);
