using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// One statement compiled once per write and executed per row with new parameter values: batch writes run thousands
/// of rows, and re-parsing SQL or allocating a command per row would dominate their cost.
/// </summary>
internal sealed class PreparedStatement : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    public PreparedStatement(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameterNames)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        _parameters = parameterNames.Select(n => _command.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();
        _command.Prepare();
    }

    /// <summary>Runs the statement with values given in the order of the parameter names; returns the rows changed.</summary>
    public int Execute(params ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < _parameters.Length; i++)
        {
            _parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();
}
