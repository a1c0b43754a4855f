using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>Opens pooled connections to one database file with the per-connection settings the store relies on.</summary>
internal sealed class SqliteConnectionFactory
{
    private readonly string _connectionString;
    private readonly string _perConnectionPragmas;
    private readonly string _writerPragmas;

    /// <summary>
    /// Native connections that already ran the pragmas. Pooling hands the same native handle out again and again; the
    /// settings stay on it (nothing in the store changes them), so they are set once per handle, not on every open —
    /// parsing and running six pragmas was a measurable share of a primary-key read.
    /// </summary>
    private readonly ConditionalWeakTable<sqlite3, object> _configured = [];

    /// <summary>Native connections that already took the writer's settings on top (<see cref="OpenForWritingAsync"/>).</summary>
    private readonly ConditionalWeakTable<sqlite3, object> _configuredForWriting = [];

    public SqliteConnectionFactory(SqliteStoreOptions settings)
    {
        if (string.IsNullOrWhiteSpace(settings.Path))
        {
            throw new ArgumentException("Store:Sqlite:Path must name the database file.", nameof(settings));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(settings.WriteCacheMebibytes, SqliteStoreOptions.MinWriteCacheMebibytes, nameof(settings));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(settings.WriteCacheMebibytes, SqliteStoreOptions.MaxWriteCacheMebibytes, nameof(settings));
        FullPath = System.IO.Path.GetFullPath(settings.Path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = Math.Max(1, settings.BusyTimeoutMilliseconds / 1000),
        }.ToString();
        _perConnectionPragmas = SchemaSql.PerConnectionPragmas(settings.BusyTimeoutMilliseconds);
        _writerPragmas = SchemaSql.WriterPragmas(settings.WriteCacheMebibytes);
    }

    public string FullPath { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct);
            await ConfigureOnceAsync(connection, _configured, _perConnectionPragmas, ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A connection for the store's one writer. Writers take their connections from Microsoft.Data.Sqlite's pool and readers
    /// keep their own (<see cref="ReadConnectionPool"/>), so the writer gets the same native handle, and its page cache,
    /// batch after batch.
    /// </summary>
    public async Task<SqliteConnection> OpenForWritingAsync(CancellationToken ct)
    {
        var connection = await OpenAsync(ct);
        try
        {
            await ConfigureOnceAsync(connection, _configuredForWriting, _writerPragmas, ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task ConfigureOnceAsync(SqliteConnection connection, ConditionalWeakTable<sqlite3, object> configured, string pragmas, CancellationToken ct)
    {
        if (configured.TryGetValue(connection.Handle!, out _))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        await command.ExecuteNonQueryAsync(ct);
        configured.TryAdd(connection.Handle!, this);
    }

    /// <summary>Closes the pooled connections so the file is released (tests delete it; a host may move it).</summary>
    public void ReleasePool()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
