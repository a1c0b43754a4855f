using KnowledgeGraph.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Tests.Store;

/// <summary>The settings each kind of connection to the embedded store gets: the writer's page cache is its own.</summary>
public sealed class SqliteConnectionSettingsTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task The_writer_gets_the_configured_page_cache_and_other_connections_keep_the_common_one()
    {
        var connections = new SqliteConnectionFactory(new SqliteStoreOptions { Path = _folder.File("graph.db"), WriteCacheMebibytes = 3 });

        await using (var writer = await connections.OpenForWritingAsync(CancellationToken.None))
        {
            (await CacheSizeAsync(writer)).Should().Be(-3 * 1024L, "a negative cache_size is in KiB");
            await using var reader = await connections.OpenAsync(CancellationToken.None); // another handle: the writer's is in use
            (await CacheSizeAsync(reader)).Should().Be(-64 * 1024L);
        }

        await using var again = await connections.OpenForWritingAsync(CancellationToken.None);
        (await CacheSizeAsync(again)).Should().Be(-3 * 1024L);
    }

    [Fact]
    public async Task A_store_with_a_small_write_cache_writes_and_reads_as_any_other()
    {
        using var store = new SqliteGraphStore(Microsoft.Extensions.Options.Options.Create(
            new SqliteStoreOptions { Path = _folder.File("small.db"), WriteCacheMebibytes = 2 }));

        await store.WriteAsync(ScienceNetwork.Batch());

        (await store.GetEntitiesAsync([ScienceNetwork.Guangzhou.Id])).Should().ContainSingle().Which.Name.Should().Be(ScienceNetwork.Guangzhou.Name);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(SqliteStoreOptions.MaxWriteCacheMebibytes + 1)]
    public void A_write_cache_outside_its_range_is_refused(int mebibytes)
    {
        var act = () => new SqliteConnectionFactory(new SqliteStoreOptions { Path = _folder.File("graph.db"), WriteCacheMebibytes = mebibytes });

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static async Task<long> CacheSizeAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA cache_size;";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
