using KnowledgeGraph.Model.Curation;
using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Neo4j;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Tests.Store.Neo4j;

/// <summary>
/// The store contract, the same one the embedded store passes, against a live Neo4j (see <see cref="LiveNeo4j"/>).
/// Without NEO4J_URI every test is reported skipped. Tests share one database, so they run one at a time (one
/// collection) and each starts from an emptied graph.
/// </summary>
[RequiresLiveNeo4j]
[Collection(nameof(LiveNeo4j))]
public sealed class Neo4jGraphStoreContractTests : GraphStoreContract
{
    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        var store = new Neo4jGraphStore(Options.Create(LiveNeo4j.Options()));
        await store.InitializeAsync();
        await store.ClearAsync();
        return store;
    }

    protected override ICurationStore Curation => new Neo4jCurationStore((Neo4jGraphStore)Store);

    protected override bool ReportsDataVersion => false;

    protected override Task DeleteStoreAsync(IGraphStore store)
    {
        ((Neo4jGraphStore)store).Dispose();
        return Task.CompletedTask;
    }
}
