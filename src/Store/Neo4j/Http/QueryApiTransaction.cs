using KnowledgeGraph.Store.Neo4j.Statements;

namespace KnowledgeGraph.Store.Neo4j.Http;

/// <summary>
/// An explicit transaction: opened by its first statement, then addressed by id, with the cluster affinity the server
/// gave sent back each time (so a cluster routes every request to the member holding the transaction).
/// Disposing an uncommitted transaction rolls it back.
/// </summary>
internal sealed class QueryApiTransaction(QueryApiClient client) : IAsyncDisposable
{
    private string? _id;
    private string? _affinity;
    private bool _finished;

    public async Task<QueryResult> RunAsync(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        if (_id is not null)
        {
            return await client.RunInAsync(_id, _affinity, statement, parameters, ct);
        }

        var result = await client.BeginAsync(statement, parameters, ct);
        _id = result.TransactionId ?? throw new Neo4jProtocolException("Opening a transaction returned no transaction id.");
        _affinity = result.Affinity;
        return result;
    }

    /// <summary>Commits; a transaction that ran nothing was never opened and has nothing to commit.</summary>
    public async Task CommitAsync(CancellationToken ct)
    {
        _finished = true;
        if (_id is not null)
        {
            await client.CommitAsync(_id, _affinity, ct);
        }
    }

    /// <summary>
    /// Rolls back, best effort: after a failed statement the server has usually rolled back already and answers that
    /// the transaction is unknown, and a rollback the network loses is ended by the server's idle timeout.
    /// </summary>
    public async Task RollbackAsync()
    {
        if (_finished || _id is null)
        {
            _finished = true;
            return;
        }

        _finished = true;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await client.RollbackAsync(_id, _affinity, timeout.Token);
        }
        catch (Exception e) when (e is Neo4jQueryException or Neo4jProtocolException or OperationCanceledException)
        {
            // Nothing to do: see above.
        }
    }

    public ValueTask DisposeAsync() => new(RollbackAsync());
}
