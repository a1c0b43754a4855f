using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Tests.Store;

/// <summary>
/// The embedded store's data version must notice commits it did not make itself: the ingest CLI and the API are two
/// processes on one file, and the API reuses answers only while the version stands.
/// </summary>
public sealed class SqliteDataVersionTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_commit_by_another_connection_to_the_file_moves_the_version()
    {
        var path = _folder.File("graph.db");
        using var store = new SqliteGraphStore(Options.Create(new SqliteStoreOptions { Path = path }));
        await store.WriteAsync(ScienceNetworkBatch());
        var before = await store.GetDataVersionAsync();

        await using (var other = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            await other.OpenAsync();
            await using var command = other.CreateCommand();
            command.CommandText = "UPDATE entities SET name = name || '（更名）' WHERE id = (SELECT min(id) FROM entities);";
            (await command.ExecuteNonQueryAsync()).Should().Be(1);
        }

        (await store.GetDataVersionAsync()).Should().NotBe(before);
    }

    [Fact]
    public async Task Another_store_on_the_same_file_sees_the_first_ones_writes()
    {
        var path = _folder.File("graph.db");
        using var api = new SqliteGraphStore(Options.Create(new SqliteStoreOptions { Path = path }));
        using var ingest = new SqliteGraphStore(Options.Create(new SqliteStoreOptions { Path = path }));
        await api.InitializeAsync();
        var before = await api.GetDataVersionAsync();

        await ingest.WriteAsync(ScienceNetworkBatch());

        (await api.GetDataVersionAsync()).Should().NotBe(before);
    }

    private static GraphBatch ScienceNetworkBatch() =>
        new GraphBuilder().Article("成立", "广东省科协发起成立粤港澳大湾区科技协同创新联盟。")
            .Relate(ScienceNetwork.Guangdong, RelationTypes.Founded, ScienceNetwork.Alliance)
            .Build();
}
