using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Neo4j;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Tests.Store.Neo4j;

/// <summary>
/// The network-queries contract, the same one the embedded store passes, against a live Neo4j (see <see cref="LiveNeo4j"/>).
/// Without NEO4J_URI every test is reported skipped. It shares the live database with the store contract, so it runs in
/// the same collection (one test at a time) and each test starts from an emptied graph.
/// </summary>
[RequiresLiveNeo4j]
[Collection(nameof(LiveNeo4j))]
public sealed class Neo4jNetworkQueriesContractTests : NetworkQueriesContract
{
    protected override async Task<(IGraphStore Store, INetworkQueries Network)> CreateEmptyAsync()
    {
        var store = new Neo4jGraphStore(Options.Create(LiveNeo4j.Options()));
        await store.InitializeAsync();
        await store.ClearAsync();
        return (store, new Neo4jNetworkQueries(store));
    }

    protected override Task DeleteAsync(IGraphStore store, INetworkQueries network)
    {
        ((Neo4jGraphStore)store).Dispose();
        return Task.CompletedTask;
    }
}
