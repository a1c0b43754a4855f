using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>Opens pooled connections to one database file with the per-connection settings the store relies on.</summary>
internal sealed class SqliteConnectionFactory
{
    private readonly string _connectionString;
    private readonly string _perConnectionPragmas;

    /// <summary>
    /// Native connections that already ran the pragmas. Pooling hands the same native handle out again and again; the
    /// settings stay on it (nothing in the store changes them), so they are set once per handle, not on every open —
    /// parsing and running six pragmas was a measurable share of a primary-key read.
    /// </summary>
    private readonly ConditionalWeakTable<sqlite3, object> _configured = [];

    public SqliteConnectionFactory(string fullPath, int busyTimeoutMilliseconds)
    {
        FullPath = fullPath;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = Math.Max(1, busyTimeoutMilliseconds / 1000),
        }.ToString();
        _perConnectionPragmas = SchemaSql.PerConnectionPragmas(busyTimeoutMilliseconds);
    }

    public string FullPath { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct);
            if (_configured.TryGetValue(connection.Handle!, out _))
            {
                return connection;
            }

            await using var pragmas = connection.CreateCommand();
            pragmas.CommandText = _perConnectionPragmas;
            await pragmas.ExecuteNonQueryAsync(ct);
            _configured.TryAdd(connection.Handle!, this);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Closes the pooled connections so the file is released (tests delete it; a host may move it).</summary>
    public void ReleasePool()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
