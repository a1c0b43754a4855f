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

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddGraphStore(builder.Configuration);
        return builder.Build();
    }
}
