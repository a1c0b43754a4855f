#!/usr/bin/env python3
"""How fast can SQLite itself take the store's relation rows on this machine?

Plain INSERTs (executemany, no staging, no refresh of dates, no checks) of the same shape the store writes: 20,000
entities, then 100,000 relations with one evidence row each, in transactions of 10,000, under the store's pragmas (WAL,
synchronous=NORMAL, 64 MiB cache). Nothing the store's loader does on top is counted, so the figure is a ceiling for
the schema, not for the loader. Two schemas:

  text  the store's own (src/Store/Sqlite/Migrations): 22-character text ids as keys, the two covering traversal
        indexes (source, type, target, id) and (target, type, source, id), evidence keyed by (relation, article, start, end)
  int   the same with integer surrogate keys (relations and entities by rowid, indexes over integers)

Usage: python3 bench/models/sqlite_insert_ceiling.py [page sizes…]   (default: 4096 16384)
"""
import hashlib
import os
import random
import sqlite3
import sys
import tempfile
import time

ENTITIES, RELATIONS, BATCH = 20_000, 100_000, 10_000
SENTENCE = "某某协会与某某大学签署战略合作协议，双方将在人才培养等方面开展合作。" * 2

SCHEMAS = {
    "text": """
        CREATE TABLE articles (id TEXT PRIMARY KEY, text TEXT) STRICT;
        CREATE TABLE entities (id TEXT PRIMARY KEY, name TEXT) STRICT;
        CREATE TABLE relations (id TEXT PRIMARY KEY, type TEXT NOT NULL, source_id TEXT NOT NULL REFERENCES entities (id),
            target_id TEXT NOT NULL REFERENCES entities (id), properties TEXT NOT NULL DEFAULT '{}', confidence REAL NOT NULL,
            first_seen TEXT, last_seen TEXT) STRICT;
        CREATE INDEX ix_relations_source_cover ON relations (source_id, type, target_id, id);
        CREATE INDEX ix_relations_target_cover ON relations (target_id, type, source_id, id);
        CREATE INDEX ix_relations_type ON relations (type);
        CREATE TABLE relation_evidence (relation_id TEXT NOT NULL REFERENCES relations (id), article_id TEXT NOT NULL REFERENCES articles (id),
            sentence TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, confidence REAL NOT NULL,
            PRIMARY KEY (relation_id, article_id, start, "end")) STRICT;
        CREATE INDEX ix_relation_evidence_article ON relation_evidence (article_id);
    """,
    "int": """
        CREATE TABLE articles (key INTEGER PRIMARY KEY, id TEXT UNIQUE, text TEXT) STRICT;
        CREATE TABLE entities (key INTEGER PRIMARY KEY, id TEXT UNIQUE, name TEXT) STRICT;
        CREATE TABLE relations (key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL,
            source INTEGER NOT NULL REFERENCES entities (key), target INTEGER NOT NULL REFERENCES entities (key),
            properties TEXT NOT NULL DEFAULT '{}', confidence REAL NOT NULL, first_seen TEXT, last_seen TEXT) STRICT;
        CREATE INDEX ix_relations_source_cover ON relations (source, type, target);
        CREATE INDEX ix_relations_target_cover ON relations (target, type, source);
        CREATE INDEX ix_relations_type ON relations (type);
        CREATE TABLE relation_evidence (relation INTEGER NOT NULL REFERENCES relations (key), article INTEGER NOT NULL REFERENCES articles (key),
            sentence TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, confidence REAL NOT NULL,
            PRIMARY KEY (relation, article, start, "end")) STRICT, WITHOUT ROWID;
        CREATE INDEX ix_relation_evidence_article ON relation_evidence (article);
    """,
}


def key(prefix, i):
    return prefix + "_" + hashlib.sha1(f"{prefix}{i}".encode()).hexdigest()[:20]


def run(schema, page_size, folder):
    path = os.path.join(folder, f"{schema}-{page_size}.db")
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript(f"PRAGMA page_size = {page_size}; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
                     "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = 32768; PRAGMA foreign_keys = ON;")
    db.executescript(SCHEMAS[schema])
    rng = random.Random(42)
    entity_ids = [key("org", i) for i in range(ENTITIES)]
    db.execute("BEGIN")
    db.executemany("INSERT INTO entities (id, name) VALUES (?, ?)", [(e, "某某科学技术协会") for e in entity_ids])
    db.execute("COMMIT")
    started = time.perf_counter()
    for b in range(RELATIONS // BATCH):
        db.execute("BEGIN")
        db.execute("INSERT INTO articles (id, text) VALUES (?, ?)", (key("a", b), "…"))
        article = db.execute("SELECT last_insert_rowid()").fetchone()[0]
        rows = sorted((key("rel", b * BATCH + i), "MEMBER_OF", rng.randrange(ENTITIES), rng.randrange(ENTITIES)) for i in range(BATCH))
        if schema == "text":
            db.executemany("INSERT INTO relations (id, type, source_id, target_id, confidence) VALUES (?, ?, ?, ?, 0.9)",
                           [(r, t, entity_ids[s], entity_ids[o]) for r, t, s, o in rows])
            db.executemany("INSERT INTO relation_evidence VALUES (?, ?, ?, ?, ?, 0.9)",
                           [(r[0], key("a", b), SENTENCE, i, i + 5) for i, r in enumerate(rows)])
        else:
            db.executemany("INSERT INTO relations (id, type, source, target, confidence) VALUES (?, ?, ?, ?, 0.9)",
                           [(r, t, s + 1, o + 1) for r, t, s, o in rows])
            first = db.execute("SELECT max(key) FROM relations").fetchone()[0] - BATCH + 1
            db.executemany("INSERT INTO relation_evidence VALUES (?, ?, ?, ?, ?, 0.9)",
                           [(first + i, article, SENTENCE, i, i + 5) for i in range(BATCH)])
        db.execute("COMMIT")
    seconds = time.perf_counter() - started
    db.close()
    print(f"{schema:4}  page {page_size:6}  {RELATIONS / seconds:9,.0f} relations/s", flush=True)


if __name__ == "__main__":
    sizes = [int(s) for s in sys.argv[1:]] or [4096, 16384]
    with tempfile.TemporaryDirectory(dir=os.environ.get("TMPDIR")) as folder:
        for size in sizes:
            for schema in SCHEMAS:
                run(schema, size, folder)
