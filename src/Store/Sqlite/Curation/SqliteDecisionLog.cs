using KnowledgeGraph.Model.Curation;
using KnowledgeGraph.Store.Curation;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Store.Sqlite.Curation;

/// <summary>
/// The decision log in the embedded store's file (table <c>decisions</c>), used with Store:Provider = Sqlite; with Neo4j
/// the decisions live in Neo4j beside the graph (<see cref="Neo4j.Neo4jDecisionLog"/>).
/// </summary>
public sealed class SqliteDecisionLog(IOptions<SqliteStoreOptions> options, TimeProvider? time = null) : IDecisionLog, IDisposable
{
    private readonly SqliteConnectionFactory _connections = new(options.Value);
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly SemaphoreSlim _migration = new(1, 1);
    private bool _migrated;

    public async Task<Decision> AppendAsync(NewDecision decision, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var appended = Insert(connection, transaction, decision);
        await transaction.CommitAsync(ct);
        return appended;
    }

    public async Task<Decision> UndoAsync(long seq, string actor, string? reason, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var target = Read(connection, transaction, DecisionSql.BySeq, ("$seq", seq)).SingleOrDefault()
            ?? throw new KeyNotFoundException($"There is no decision {seq}.");
        if (target.Kind == DecisionKind.Undo || target.UndoneBy is not null)
        {
            throw new InvalidOperationException(target.Kind == DecisionKind.Undo
                ? $"Decision {seq} is an undo; undoing an undo is not supported — make the decision again."
                : $"Decision {seq} was already undone by decision {target.UndoneBy}.");
        }

        var undo = Insert(connection, transaction, new NewDecision(DecisionKind.Undo, new DecisionPayload { UndoesSeq = seq }, actor, reason));
        using var mark = Command(connection, transaction, DecisionSql.MarkUndone, ("$undone_by", undo.Seq), ("$seq", seq));
        mark.ExecuteNonQuery();
        await transaction.CommitAsync(ct);
        return undo;
    }

    public async Task<Decision?> GetAsync(long seq, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        return Read(connection, null, DecisionSql.BySeq, ("$seq", seq)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<Decision>> ActiveAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        return Read(connection, null, DecisionSql.Active);
    }

    public async Task<IReadOnlyList<Decision>> AllAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        return Read(connection, null, DecisionSql.All);
    }

    public void Dispose()
    {
        _connections.ReleasePool();
        _migration.Dispose();
    }

    private Decision Insert(SqliteConnection connection, SqliteTransaction transaction, NewDecision d)
    {
        var now = _time.GetUtcNow();
        using var insert = Command(connection, transaction, DecisionSql.Insert,
            ("$kind", d.Kind.ToString()), ("$payload", DecisionPayloadJson.Serialize(d.Payload)), ("$actor", d.Actor),
            ("$reason", d.Reason), ("$created_at", StoreDates.Instant(now)));
        var seq = (long)insert.ExecuteScalar()!;
        return new Decision(seq, d.Kind, d.Payload, d.Actor, d.Reason, StoreDates.ParseInstant(StoreDates.Instant(now))!.Value);
    }

    private static List<Decision> Read(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        using var reader = command.ExecuteReader();
        var result = new List<Decision>();
        while (reader.Read())
        {
            result.Add(new Decision(
                reader.GetInt64(0),
                Enum.Parse<DecisionKind>(reader.GetString(1)),
                DecisionPayloadJson.Deserialize(reader.GetString(2)),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                StoreDates.ParseInstant(reader.GetString(5))!.Value)
            {
                UndoneBy = reader.IsDBNull(6) ? null : reader.GetInt64(6),
            });
        }

        return result;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    /// <summary>Brings the file to the latest schema on first use (the graph store may not have initialised it yet).</summary>
    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        if (!_migrated)
        {
            await _migration.WaitAsync(ct);
            try
            {
                if (!_migrated)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(_connections.FullPath)!);
                    await SchemaMigrator.MigrateAsync(_connections, ct);
                    _migrated = true;
                }
            }
            finally
            {
                _migration.Release();
            }
        }

        return await _connections.OpenAsync(ct);
    }
}
