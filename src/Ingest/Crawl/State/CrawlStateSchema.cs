namespace KnowledgeGraph.Ingest.Crawl.State;

/// <summary>The crawl state's tables. Versioned by PRAGMA user_version; a new version appends statements, never edits old ones.</summary>
internal static class CrawlStateSchema
{
    public const int Version = 1;

    public const string Pragmas = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;";

    public const string Create = """
        -- URLs waiting in, or done during, a source's current run. Rows of a run are deleted when it completes,
        -- so rows found at start-up are an interrupted run to resume.
        CREATE TABLE IF NOT EXISTS frontier (
            id       INTEGER PRIMARY KEY,
            source   TEXT NOT NULL,
            url      TEXT NOT NULL,
            kind     TEXT NOT NULL,
            referrer TEXT,
            done     INTEGER NOT NULL DEFAULT 0,
            UNIQUE (source, url)
        ) STRICT;

        -- Every URL ever looked at, with what is needed to skip it next time.
        CREATE TABLE IF NOT EXISTS pages (
            url           TEXT PRIMARY KEY,
            source        TEXT NOT NULL,
            kind          TEXT NOT NULL,
            status        TEXT NOT NULL,
            http_status   INTEGER,
            etag          TEXT,
            last_modified TEXT,
            content_hash  TEXT,
            article_id    TEXT,
            referrer      TEXT,
            last_error    TEXT,
            failures      INTEGER NOT NULL DEFAULT 0,
            attempted_at  TEXT NOT NULL,
            checked_at    TEXT,
            changed_at    TEXT
        ) STRICT;

        -- Text fingerprints of stored articles: a page whose text has a known fingerprint is a syndicated copy.
        CREATE TABLE IF NOT EXISTS content_hashes (
            fingerprint TEXT PRIMARY KEY,
            article_id  TEXT NOT NULL,
            url         TEXT NOT NULL,
            first_seen  TEXT NOT NULL
        ) STRICT;

        -- Every URL an article was published at (the original and its syndicated copies).
        CREATE TABLE IF NOT EXISTS article_sources (
            article_id TEXT NOT NULL,
            url        TEXT NOT NULL,
            source     TEXT NOT NULL,
            publisher  TEXT,
            first_seen TEXT NOT NULL,
            PRIMARY KEY (article_id, url)
        ) STRICT;

        CREATE TABLE IF NOT EXISTS cursors (
            source          TEXT PRIMARY KEY,
            run_started_at  TEXT,
            run_finished_at TEXT,
            next_run_at     TEXT,
            pages_last_run  INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        """;
}
