using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// One statement on the raw SQLite handle, bound by position and stepped once per row. Staging a batch into temp tables
/// is a few native calls per row this way; through <see cref="SqliteCommand"/> each row also paid for a data reader,
/// parameter look-up by name and a statement enumerator (as much as the insert itself), and a json_each over the
/// whole batch re-parsed every row's array once per column. Runs inside the connection's open transaction.
/// </summary>
internal sealed class RowInserter : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private int _next = 1;

    public RowInserter(SqliteConnection connection, string sql)
    {
        _db = connection.Handle!;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_db, sql, out _statement), _db);
    }

    public RowInserter Text(string? value)
    {
        Check(value is null ? raw.sqlite3_bind_null(_statement, _next++) : raw.sqlite3_bind_text(_statement, _next++, value));
        return this;
    }

    public RowInserter Real(double value)
    {
        Check(raw.sqlite3_bind_double(_statement, _next++, value));
        return this;
    }

    public RowInserter Integer(long value)
    {
        Check(raw.sqlite3_bind_int64(_statement, _next++, value));
        return this;
    }

    /// <summary>Runs the statement with the values bound since the last row.</summary>
    public void Insert()
    {
        _next = 1;
        var rc = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int rc) => SqliteException.ThrowExceptionForRC(rc, _db);
}
