using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// Open connections kept by a store for its reads, each with the commands it has prepared. Microsoft.Data.Sqlite disposes
/// a command's prepared statements whenever its connection is closed, and closing is what returns a connection to its own
/// pool, so a read on a pooled connection re-parsed and re-planned every statement (20–25 % of a primary-key read in the
/// profile). Kept open here, a connection keeps its statements: a read takes an idle connection, runs its statements
/// from the connection's cache (<see cref="Command"/>), and gives it back.
/// </summary>
internal sealed class ReadConnectionPool(SqliteConnectionFactory factory) : IDisposable
{
    /// <summary>Idle connections kept beyond this are closed: a burst of concurrent readers must not pin connections forever.</summary>
    private const int MaxIdle = 16;

    /// <summary>The prepared commands of each connection this pool holds, by SQL text; only reads use them, so never in a transaction.</summary>
    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, SqliteCommand>> Prepared = [];

    private readonly ConcurrentBag<SqliteConnection> _idle = [];
    private int _idleCount;
    private volatile bool _disposed;

    public async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> read, CancellationToken ct)
    {
        var connection = Take() ?? await OpenAsync(ct);
        T result;
        try
        {
            result = await read(connection);
        }
        catch
        {
            // A read that failed half way may have left a statement mid-step; a fresh connection is cheaper than finding out.
            await connection.DisposeAsync();
            throw;
        }

        Return(connection);
        return result;
    }

    /// <summary>
    /// A command for <paramref name="sql"/> with these parameter values: on a connection of this pool, the one it prepared
    /// the first time (do not dispose it; dispose its reader, which resets the statements); on any other connection a new
    /// command, which the connection disposes when it closes.
    /// </summary>
    public static SqliteCommand Command(SqliteConnection c, string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        SqliteCommand? command = null;
        if (Prepared.TryGetValue(c, out var commands))
        {
            // No lock: a connection serves one read at a time, and a read runs its statements one after another.
            if (!commands.TryGetValue(sql, out command))
            {
                commands[sql] = command = NewCommand(c, sql);
            }

            command.Parameters.Clear();
        }

        command ??= NewCommand(c, sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    /// <summary>Closes the idle connections; connections in use are closed when their read ends.</summary>
    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var connection))
        {
            Interlocked.Decrement(ref _idleCount);
            connection.Dispose();
        }
    }

    private static SqliteCommand NewCommand(SqliteConnection c, string sql)
    {
        var command = c.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private SqliteConnection? Take()
    {
        if (!_idle.TryTake(out var connection))
        {
            return null;
        }

        Interlocked.Decrement(ref _idleCount);
        return connection;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = await factory.OpenAsync(ct);
        Prepared.Add(connection, new Dictionary<string, SqliteCommand>(StringComparer.Ordinal));
        return connection;
    }

    private void Return(SqliteConnection connection)
    {
        if (_disposed)
        {
            connection.Dispose();
            return;
        }

        if (Interlocked.Increment(ref _idleCount) > MaxIdle)
        {
            Interlocked.Decrement(ref _idleCount);
            connection.Dispose();
            return;
        }

        _idle.Add(connection);
        if (_disposed)
        {
            Dispose(); // it may have emptied the bag between the check above and the add
        }
    }
}
