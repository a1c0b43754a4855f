using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Tests.Store;

public sealed class SqliteGraphStoreContractTests : GraphStoreContract, IDisposable
{
    private readonly TempDirectory _folder = new();

    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        var store = new SqliteGraphStore(Options.Create(new SqliteStoreOptions { Path = _folder.File("graph.db") }));
        await store.InitializeAsync();
        return store;
    }

    protected override Task DeleteStoreAsync(IGraphStore store)
    {
        ((SqliteGraphStore)store).Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _folder.Dispose();
}
