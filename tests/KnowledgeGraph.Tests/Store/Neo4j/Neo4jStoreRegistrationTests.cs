using KnowledgeGraph.Model.Curation;
using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Neo4j;
using KnowledgeGraph.Store.Neo4j.Statements;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Tests.Store.Neo4j;

public sealed class Neo4jStoreRegistrationTests
{
    [Fact]
    public async Task Provider_Neo4j_registers_the_Neo4j_store_and_applies_the_schema_on_start()
    {
        await using var server = await QueryApiResponder.StartAsync();
        using var host = BuildHost(new()
        {
            ["Store:Provider"] = "neo4j",
            ["Store:Neo4j:Uri"] = server.Options().Uri,
            ["Store:Neo4j:Database"] = "graph",
        });

        await host.StartAsync();

        host.Services.GetRequiredService<IGraphStore>().Should().BeOfType<Neo4jGraphStore>();
        host.Services.GetRequiredService<INetworkQueries>().Should().BeOfType<Neo4jNetworkQueries>("the network questions run on the chosen store too");
        host.Services.GetRequiredService<ICurationStore>().Should().BeOfType<Neo4jCurationStore>("curation re-derives on the chosen store");
        host.Services.GetRequiredService<IDecisionLog>().Should().BeOfType<Neo4jDecisionLog>("decisions live beside the graph they curate");
        host.Services.GetRequiredService<Neo4jGraphStore>().Should().BeSameAs(host.Services.GetRequiredService<IGraphStore>(), "one connection and catalogue");
        server.Requests.Select(r => r.Statement).Should().OnlyContain(s => s!.StartsWith("schema/", StringComparison.Ordinal))
            .And.HaveCount(new DirectoryInfo(Path.Combine(CypherCatalog.DefaultFolder, "schema")).GetFiles("*.cypher").Length);
        server.Requests.Should().OnlyContain(r => r.Path == "/db/graph/query/v2" && !r.Headers.ContainsKey("Authorization"));
        await host.StopAsync();
    }

    [Fact]
    public void Credentials_bind_from_the_environment_style_keys()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            // What AddEnvironmentVariables makes of Store__Neo4j__Password and friends.
            ["Store:Neo4j:Uri"] = "https://abc.databases.neo4j.io",
            ["Store:Neo4j:User"] = "neo4j",
            ["Store:Neo4j:Password"] = "from-env",
            ["Store:Neo4j:BatchSize"] = "250",
        }).Build();
        var services = new ServiceCollection().AddGraphStore(configuration).BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value;

        options.Password.Should().Be("from-env");
        options.BatchSize.Should().Be(250);
        options.ToString().Should().NotContain("from-env").And.Contain("https://abc.databases.neo4j.io");
    }

    [Fact]
    public async Task Unusable_settings_stop_start_up_with_every_reason_and_no_secret()
    {
        using var host = BuildHost(new()
        {
            ["Store:Provider"] = "Neo4j",
            ["Store:Neo4j:Uri"] = "bolt://localhost:7687",
            ["Store:Neo4j:Password"] = "hunter2-secret",
        });

        var act = () => host.StartAsync();

        var error = (await act.Should().ThrowAsync<OptionsValidationException>()).Which;
        error.Message.Should().Contain("Store:Neo4j:Uri").And.Contain("User and Store:Neo4j:Password go together").And.NotContain("hunter2-secret");
    }

    [Fact]
    public void A_uri_with_credentials_in_it_is_refused_and_never_shown()
    {
        var options = new Neo4jStoreOptions { Uri = "http://neo4j:pw-in-uri@localhost:7474" };

        var act = () => new Neo4jGraphStore(Options.Create(options));

        act.Should().Throw<OptionsValidationException>().Which.Message.Should().NotContain("pw-in-uri");
        options.ToString().Should().NotContain("pw-in-uri").And.Contain("localhost:7474");
    }

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddGraphStore(builder.Configuration);
        return builder.Build();
    }
}
