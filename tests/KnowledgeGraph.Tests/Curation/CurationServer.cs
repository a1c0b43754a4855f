using System.Text.Json.Nodes;
using KnowledgeGraph.GraphApi.Bootstrap;
using KnowledgeGraph.Ingest.Fetch;
using KnowledgeGraph.Ingest.Load;
using KnowledgeGraph.Model.Curation;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Neo4j;
using KnowledgeGraph.Tests.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Tests.Curation;

/// <summary>
/// A fresh API server per test (curation tests change the graph) over a real SQLite file in a temp folder, or over the
/// given Neo4j database (emptied first, decisions included), with the sample corpus ingested by the real pipeline, or
/// nothing when a test ingests its own texts.
/// </summary>
public sealed class CurationServer(bool seedCorpus, Neo4jStoreOptions? neo4j = null) : ApiServerFixture
{
    public static async Task<CurationServer> StartAsync(bool seedCorpus = true, Neo4jStoreOptions? neo4j = null)
    {
        var server = new CurationServer(seedCorpus, neo4j);
        await server.InitializeAsync();
        return server;
    }

    public ICurationStore Curation => Services.GetRequiredService<ICurationStore>();

    public Task<GraphSnapshot> SnapshotAsync() => Curation.SnapshotAsync();

    /// <summary>With Neo4j: the provider and its connection settings (the host reads them like environment settings).</summary>
    protected override void Configure(IWebHostBuilder builder)
    {
        if (neo4j is null)
        {
            return;
        }

        builder.UseSetting("Store:Provider", "Neo4j");
        foreach (var (key, value) in new[]
        {
            ("Uri", neo4j.Uri), ("Database", neo4j.Database), ("User", neo4j.User), ("Password", neo4j.Password), ("BearerToken", neo4j.BearerToken),
        })
        {
            if (value is not null)
            {
                builder.UseSetting("Store:Neo4j:" + key, value);
            }
        }
    }

    protected override async Task SeedAsync()
    {
        if (neo4j is not null)
        {
            await Services.GetRequiredService<Neo4jGraphStore>().ClearAsync();
        }

        if (!seedCorpus)
        {
            return;
        }

        // Twice: resolution looks at what the store already holds, so the first re-ingest of the corpus can still join a
        // context-dependent short form (省科协) to a body stored meanwhile. From the second pass on the graph is a fixed
        // point, which is what the tests compare against.
        await IngestCorpusAsync();
        await IngestCorpusAsync();
    }

    /// <summary>Runs the sample corpus through the real pipeline again.</summary>
    public async Task IngestCorpusAsync()
    {
        var folder = SampleCorpusSeeder.Locate("samples/corpus", AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("samples/corpus was not found above the test folder.");
        var reader = Services.GetRequiredService<InputReader>();
        var report = await Services.GetRequiredService<IngestPipeline>().IngestAsync(reader.ReadAsync([folder], CancellationToken.None));
        report.Failures.Should().BeEmpty();
    }

    /// <summary>A mutation with the writer key that must succeed; returns its data.</summary>
    public async Task<JsonNode> MutateAsync(string mutation, object? variables = null)
    {
        var response = await PostAsync(mutation, variables, WriterKey);
        response.Errors.Should().BeEmpty(because: response.Text);
        return response.Data!;
    }

    /// <summary>A query with the writer key that must succeed; returns its data.</summary>
    public Task<JsonNode> QueryAsync(string query, object? variables = null) => MutateAsync(query, variables);

    /// <summary>Ingests one text through the API, like an analyst's source.</summary>
    public Task<JsonNode> IngestTextAsync(string text, string url, string? title = null) =>
        MutateAsync("mutation($t: String!, $u: String, $h: String) { ingestText(text: $t, url: $u, title: $h) { documents failures } }",
            new { t = text, u = url, h = title });

    public async Task<Entity> EntityNamedAsync(string name)
    {
        var found = await Store.FindByNamesAsync([name]);
        found.Should().ContainSingle(because: $"exactly one entity should be called {name}");
        return found[0];
    }

    public async Task<IReadOnlyList<Relation>> RelationsOfAsync(string entityId) =>
        await Store.GetRelationsAsync([entityId], RelationFilter.All);
}
