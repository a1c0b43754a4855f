using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// Whether anything was committed to the file since the last look, by any connection of any process (the ingest CLI
/// writes to the file the API reads): SQLite's <c>PRAGMA data_version</c> changes when another connection commits, and
/// never for the asking connection's own commits, so it is asked on a connection of its own that never writes.
/// Asking is a read of the WAL index header: microseconds, cheap enough for every request. The pragma's values mean
/// nothing across connections, so what this returns is its own counter, moved on whenever the pragma's value changes or
/// the connection is replaced.
/// </summary>
internal sealed class DataVersionProbe(SqliteConnectionFactory factory) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SqliteConnection? _connection;
    private SqliteCommand? _command;
    private long _lastSeen;
    private long _version;
    private bool _disposed;

    public async ValueTask<long> ReadAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_command is null)
            {
                _connection = await factory.OpenAsync(ct);
                _command = _connection.CreateCommand();
                _command.CommandText = "PRAGMA data_version;";
                _command.Prepare();
                _version++;
            }

            var seen = (long)_command.ExecuteScalar()!;
            if (seen != _lastSeen)
            {
                _lastSeen = seen;
                _version++;
            }

            return _version;
        }
        catch
        {
            // A connection that failed once (file moved, disk error) is replaced on the next ask, not trusted again.
            Close();
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _gate.Wait();
        try
        {
            _disposed = true;
            Close();
        }
        finally
        {
            _gate.Release();
        }
    }

    private void Close()
    {
        _command?.Dispose();
        _connection?.Dispose();
        _command = null;
        _connection = null;
    }
}
