using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Tests.Store;

public sealed class SqliteNetworkQueriesContractTests : NetworkQueriesContract, IDisposable
{
    private readonly TempDirectory _folder = new();

    protected override async Task<(IGraphStore Store, INetworkQueries Network)> CreateEmptyAsync()
    {
        var options = Options.Create(new SqliteStoreOptions { Path = _folder.File("graph.db") });
        var store = new SqliteGraphStore(options);
        await store.InitializeAsync();
        return (store, new SqliteNetworkQueries(options));
    }

    protected override Task DeleteAsync(IGraphStore store, INetworkQueries network)
    {
        ((SqliteNetworkQueries)network).Dispose();
        ((SqliteGraphStore)store).Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _folder.Dispose();
}
