namespace KnowledgeGraph.Store.Sqlite;

/// <summary>Settings of the embedded store, bound from the <c>Store:Sqlite</c> configuration section.</summary>
public sealed class SqliteStoreOptions
{
    public const string SectionName = "Sqlite";

    /// <summary>The database file; a relative path is resolved against the current directory. Its folder is created if missing.</summary>
    public string Path { get; set; } = ".data/knowledgegraph.db";

    /// <summary>How long a connection waits for a lock held by another process before failing.</summary>
    public int BusyTimeoutMilliseconds { get; set; } = 5000;

    /// <summary>
    /// Most memory the page cache of the connection that writes batches may take, in MiB; it takes only what the pages it
    /// touches need. Ids are random keys, so every batch rewrites index pages all over the file; while they fit here, the
    /// next batch finds them in memory instead of reading each again from the write-ahead log. Readers keep 64 MiB each.
    /// </summary>
    public int WriteCacheMebibytes { get; set; } = DefaultWriteCacheMebibytes;

    public const int DefaultWriteCacheMebibytes = 1024;

    /// <summary>SQLite's own default page cache is about 2 MiB; less would only slow the writer down.</summary>
    public const int MinWriteCacheMebibytes = 2;

    /// <summary>The largest <see cref="WriteCacheMebibytes"/> accepted (64 GiB): beyond it the value is surely a unit mistake.</summary>
    public const int MaxWriteCacheMebibytes = 64 * 1024;
}
