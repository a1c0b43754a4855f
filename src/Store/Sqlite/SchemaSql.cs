using System.Globalization;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>SQL that sets up connections and the schema (the schema itself lives in Migrations/NNN_name.sql).</summary>
internal static class SchemaSql
{
    private const int CacheKibibytes = 64 * 1024;
    private const long MmapBytes = 1L << 30;
    private const int CheckpointPages = 32 * 1024;

    /// <summary>
    /// Run on every opened connection: these settings are per connection, not stored in the file.
    /// synchronous=NORMAL is durable enough under WAL (a power cut can lose the last commit, never corrupt the file).
    /// The default page cache (2 MB) is far smaller than the indexes a batch touches: ids are random text keys, so a
    /// batch of thousands of rows dirties pages all over each index, and with a small cache they are spilled and re-read
    /// within one transaction. 64 MiB per connection is an upper bound (the cache grows only as pages are used).
    /// mmap lets readers share the OS page cache instead of copying pages into each pooled connection's own cache.
    /// temp_store=MEMORY keeps the writer's scratch tables (WriteSql) and sorter spills off the disk.
    /// wal_autocheckpoint: a batch of random keys dirties most leaf pages of every index, and the next batch dirties the
    /// same pages again. With the default (1,000 pages, fewer than one batch writes) every commit ran a checkpoint that
    /// copied all of them into the file and synced it; with 128 MiB of WAL a checkpoint copies each page once for
    /// several batches (half the commit time of a 10k-relation load). Readers pay a slightly longer WAL-index look-up.
    /// </summary>
    public static string PerConnectionPragmas(int busyTimeoutMilliseconds) => string.Create(
        CultureInfo.InvariantCulture,
        $"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {busyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL; " +
        $"PRAGMA cache_size = -{CacheKibibytes}; PRAGMA mmap_size = {MmapBytes}; PRAGMA temp_store = MEMORY; " +
        $"PRAGMA wal_autocheckpoint = {CheckpointPages};");

    /// <summary>
    /// Run on the writer's connection on top of <see cref="PerConnectionPragmas"/>. A batch of random keys dirties leaf
    /// pages all over every index (at 30k articles, most leaves of every index, every batch), and the next batch needs
    /// the same pages again. Evicted from a 64 MiB cache, each was read back from the write-ahead log (pread, copy,
    /// parse) at every batch. With 1 GiB, the store writes of a 30,000-article ingest took 35–38 s instead of 45–49 s at
    /// batches of 512 documents, 24 s instead of 26–28 s at 2048 (bench/HISTORY.md).
    /// </summary>
    public static string WriterPragmas(int cacheMebibytes) => string.Create(
        CultureInfo.InvariantCulture, $"PRAGMA cache_size = -{cacheMebibytes * 1024L};");

    public const string ReadUserVersion = "PRAGMA user_version;";

    public static string WriteUserVersion(int version) => string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {version};");

    /// <summary>Tables someone created in the file; a file at version 0 with tables belongs to another application.</summary>
    public const string CountForeignTables = "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\';";

    /// <summary>
    /// Page size of a new file (it can only be chosen before the first table; an existing file keeps its own). Ids are
    /// random text keys, so every batch inserts all over each index: 16 KiB pages hold four times the entries of the
    /// default 4 KiB, so a batch splits and rewrites fewer pages and the trees are one level shallower. Measured at
    /// 100k relations in batches of 10,000 (bench/HISTORY.md): 1.4–1.7× the relations/s of 4 KiB pages, reads at 1M
    /// relations unchanged; 32 and 64 KiB gained no more on inserts and cost point reads more bytes per level.
    /// </summary>
    public const string SetNewFilePageSize = "PRAGMA page_size = 16384;";

    /// <summary>WAL is a property of the file (it persists), so setting it once at start is enough; returns the mode now in effect.</summary>
    public const string EnableWriteAheadLog = "PRAGMA journal_mode = WAL;";

    public const string ReadJournalMode = "PRAGMA journal_mode;";
}
