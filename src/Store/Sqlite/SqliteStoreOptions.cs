namespace KnowledgeGraph.Store.Sqlite;

/// <summary>Settings of the embedded store, bound from the <c>Store:Sqlite</c> configuration section.</summary>
public sealed class SqliteStoreOptions
{
    public const string SectionName = "Sqlite";

    /// <summary>The database file; a relative path is resolved against the current directory. Its folder is created if missing.</summary>
    public string Path { get; set; } = ".data/knowledgegraph.db";

    /// <summary>How long a connection waits for a lock held by another process before failing.</summary>
    public int BusyTimeoutMilliseconds { get; set; } = 5000;
}
