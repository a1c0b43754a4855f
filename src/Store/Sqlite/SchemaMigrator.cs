using System.Globalization;
using KnowledgeGraph.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>Brings a database file to the latest schema version, one transaction per migration.</summary>
internal static class SchemaMigrator
{
    // SQLite result codes that mean "this file is not a usable database".
    private const int NotADatabaseCode = 26;
    private const int CorruptCode = 11;

    public static async Task MigrateAsync(SqliteConnectionFactory connections, CancellationToken ct)
    {
        SqliteFileCheck.EnsureAbsentOrSqlite(connections.FullPath);

        await using var connection = await connections.OpenAsync(ct);
        var version = await ReadVersionCheckedAsync(connection, connections.FullPath, ct);
        await EnsureOwnedAsync(connection, version, connections.FullPath, ct);
        if (version == 0)
        {
            await ExecuteAsync(connection, null, SchemaSql.SetNewFilePageSize, ct);
        }

        await EnableWriteAheadLogAsync(connection, ct);

        // Migrations that derive a column compare names as the code does (006 fills the name scope).
        connection.CreateFunction<string, string>("normalize_name", Ids.Normalize, isDeterministic: true);
        foreach (var migration in EmbeddedMigrations.All.Where(m => m.Version > version))
        {
            await ApplyAsync(connection, migration, ct);
        }
    }

    /// <summary>The first read of the file: where SQLite notices a file that passed the header check but is still not a database.</summary>
    private static async Task<int> ReadVersionCheckedAsync(SqliteConnection connection, string fullPath, CancellationToken ct)
    {
        try
        {
            return await ReadVersionAsync(connection, null, ct);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is NotADatabaseCode or CorruptCode)
        {
            throw SqliteFileCheck.NotADatabase(fullPath, e);
        }
    }

    private static async Task EnsureOwnedAsync(SqliteConnection connection, int version, string fullPath, CancellationToken ct)
    {
        if (version > EmbeddedMigrations.LatestVersion)
        {
            throw new InvalidOperationException(
                $"The graph store file '{fullPath}' has schema version {version}, newer than this build knows ({EmbeddedMigrations.LatestVersion}). " +
                "Run a newer build or use another file.");
        }

        if (version == 0 && await ScalarAsync<long>(connection, null, SchemaSql.CountForeignTables, ct) > 0)
        {
            throw new InvalidOperationException(
                $"The file '{fullPath}' is a SQLite database of another application (it has tables but no store schema version). It was left untouched.");
        }
    }

    private static async Task EnableWriteAheadLogAsync(SqliteConnection connection, CancellationToken ct)
    {
        var mode = await ScalarAsync<string>(connection, null, SchemaSql.EnableWriteAheadLog, ct);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"The graph store could not switch its file to WAL mode (journal mode is '{mode}').");
        }
    }

    private static async Task ApplyAsync(SqliteConnection connection, Migration migration, CancellationToken ct)
    {
        // IMMEDIATE: take the write lock first, then re-read the version, so two processes starting together apply each step once.
        await using var transaction = connection.BeginTransaction(deferred: false);
        if (await ReadVersionAsync(connection, transaction, ct) >= migration.Version)
        {
            return;
        }

        await ExecuteAsync(connection, transaction, migration.Sql, ct);
        await ExecuteAsync(connection, transaction, SchemaSql.WriteUserVersion(migration.Version), ct);
        await transaction.CommitAsync(ct);
    }

    private static async Task<int> ReadVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken ct) =>
        (int)await ScalarAsync<long>(connection, transaction, SchemaSql.ReadUserVersion, ct);

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<T> ScalarAsync<T>(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync(ct);
        return (T)Convert.ChangeType(value!, typeof(T), CultureInfo.InvariantCulture);
    }
}
