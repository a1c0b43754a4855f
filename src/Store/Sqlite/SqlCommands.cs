using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>Builds and reads the commands of <see cref="SqliteNetworkQueries"/>; a null parameter value is SQL NULL.</summary>
internal static class SqlCommands
{
    /// <summary>The connection's prepared command for <paramref name="sql"/> (see <see cref="ReadConnectionPool.Command"/>): do not dispose it.</summary>
    public static SqliteCommand Create(SqliteConnection c, string sql, params (string Name, object? Value)[] parameters) =>
        ReadConnectionPool.Command(c, sql, parameters);

    /// <summary>Reads every row of the reader's current result set.</summary>
    public static async Task<List<T>> RowsAsync<T>(SqliteDataReader reader, Func<SqliteDataReader, T> map, CancellationToken ct)
    {
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    public static async Task<List<T>> ReadAllAsync<T>(
        SqliteConnection c, string sql, Func<SqliteDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var command = Create(c, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await RowsAsync(reader, map, ct);
    }

    /// <summary>A count statement followed by a page statement in one command: (total, rows).</summary>
    public static async Task<(int Total, List<T> Rows)> CountAndPageAsync<T>(
        SqliteConnection c, string sql, Func<SqliteDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var command = Create(c, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var total = reader.GetInt32(0);
        await reader.NextResultAsync(ct);
        return (total, await RowsAsync(reader, map, ct));
    }
}
