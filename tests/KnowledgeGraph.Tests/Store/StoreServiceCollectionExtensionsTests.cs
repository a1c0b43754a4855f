using KnowledgeGraph.Model.Curation;
using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Sqlite;
using KnowledgeGraph.Store.Sqlite.Curation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Tests.Store;

public sealed class StoreServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_default_provider_is_the_SQLite_store_at_the_configured_path_initialised_on_start()
    {
        var path = Path.Combine(_folder.Path, "data", "kg.db");
        using var host = BuildHost(new() { ["Store:Sqlite:Path"] = path });

        await host.StartAsync();

        var store = host.Services.GetRequiredService<IGraphStore>();
        store.Should().BeOfType<SqliteGraphStore>().Which.Path.Should().Be(path);
        host.Services.GetRequiredService<IGraphStore>().Should().BeSameAs(store);
        host.Services.GetRequiredService<ICurationStore>().Should().BeSameAs(store, "re-derivation shares the store's writer lock");
        host.Services.GetRequiredService<IDecisionLog>().Should().BeOfType<SqliteDecisionLog>();
        File.Exists(path).Should().BeTrue("the store is initialised when the host starts");
        await host.StopAsync();
    }

    [Fact]
    public async Task An_unknown_provider_stops_start_up_with_a_clear_error()
    {
        using var host = BuildHost(new() { ["Store:Provider"] = "Oracle", ["Store:Sqlite:Path"] = _folder.File("kg.db") });

        var act = () => host.StartAsync();

        await act.Should().ThrowAsync<OptionsValidationException>().WithMessage("*Store:Provider*Oracle*Sqlite*");
    }

    [Fact]
    public void The_provider_name_is_case_insensitive_and_the_path_has_a_default()
    {
        using var host = BuildHost(new() { ["Store:Provider"] = "sqlite" });

        host.Services.GetRequiredService<IOptions<SqliteStoreOptions>>().Value.Path.Should().Be(".data/knowledgegraph.db");
        host.Services.GetRequiredService<IGraphStore>().Should().BeOfType<SqliteGraphStore>();
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("65537")]
    public async Task A_write_cache_outside_its_range_stops_start_up_with_a_clear_error(string mebibytes)
    {
        using var host = BuildHost(new() { ["Store:Sqlite:Path"] = _folder.File("kg.db"), ["Store:Sqlite:WriteCacheMebibytes"] = mebibytes });

        var act = () => host.StartAsync();

        await act.Should().ThrowAsync<OptionsValidationException>().WithMessage("*Store:Sqlite:WriteCacheMebibytes*between 2 and 65536*");
    }

    [Fact]
    public void The_write_cache_is_read_from_configuration_and_has_a_default()
    {
        using var configured = BuildHost(new() { ["Store:Sqlite:WriteCacheMebibytes"] = "256" });
        using var unset = BuildHost([]);

        configured.Services.GetRequiredService<IOptions<SqliteStoreOptions>>().Value.WriteCacheMebibytes.Should().Be(256);
        unset.Services.GetRequiredService<IOptions<SqliteStoreOptions>>().Value.WriteCacheMebibytes.Should().Be(1024);
    }

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddGraphStore(builder.Configuration);
        return builder.Build();
    }
}
