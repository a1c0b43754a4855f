using KnowledgeGraph.Store.Neo4j.Http;
using KnowledgeGraph.Store.Neo4j.Statements;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>Runs named statements: a lone statement as one request (an implicit transaction), writes as one explicit transaction; both retried when transient.</summary>
internal sealed class Neo4jSession(QueryApiClient client, CypherCatalog catalog, RetryPolicy retry)
{
    public CypherCatalog Catalog { get; } = catalog;

    public async Task<IReadOnlyList<QueryRow>> RunAsync(string statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken ct)
    {
        var cypher = Catalog[statement];
        var result = await retry.RunAsync(statement, c => client.RunAsync(cypher, parameters, c), ct);
        return result.Rows;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one explicit transaction and commits it. Any failure rolls the transaction back;
    /// a transient one runs the whole transaction again.
    /// </summary>
    public Task<T> InTransactionAsync<T>(string what, Func<TransactionRunner, Task<T>> work, CancellationToken ct) =>
        retry.RunAsync(what, async c =>
        {
            await using var transaction = new QueryApiTransaction(client);
            var result = await work(new TransactionRunner(transaction, Catalog, c));
            c.ThrowIfCancellationRequested();
            await transaction.CommitAsync(c);
            return result;
        }, ct);

    /// <summary>Named statements inside one open transaction.</summary>
    internal sealed class TransactionRunner(QueryApiTransaction transaction, CypherCatalog catalog, CancellationToken ct)
    {
        public async Task<IReadOnlyList<QueryRow>> RunAsync(string statement, IReadOnlyDictionary<string, object?> parameters)
        {
            ct.ThrowIfCancellationRequested();
            return (await transaction.RunAsync(catalog[statement], parameters, ct)).Rows;
        }
    }
}
