using System.Text;
using System.Text.Json.Nodes;
using KnowledgeGraph.GraphApi;
using KnowledgeGraph.GraphApi.Bootstrap;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeGraph.Tests.Api;

/// <summary>A fresh install seeds its empty store from samples/corpus, so the first query already answers.</summary>
public sealed class SeedingTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kg-api-seed-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task An_empty_store_is_filled_from_the_sample_corpus_at_start()
    {
        await using var factory = new WebApplicationFactory<GraphApiEntryPoint>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Store:Sqlite:Path", Path.Combine(_folder, "seeded.db"));
            builder.UseSetting("Api:SeedSampleCorpus", "true");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(
            "/graphql", new StringContent("""{"query":"{ stats { articles } }"}""", Encoding.UTF8, "application/json"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        var corpusFiles = Directory.GetFiles(SampleCorpusSeeder.Locate("samples/corpus", AppContext.BaseDirectory)!).Length;
        body["data"]!["stats"]!["articles"]!.GetValue<int>().Should().BeGreaterThanOrEqualTo(corpusFiles).And.BePositive();
    }

    [Fact]
    public void A_relative_corpus_path_is_found_from_a_folder_below_the_repository_root()
    {
        var found = SampleCorpusSeeder.Locate("samples/corpus", AppContext.BaseDirectory);

        found.Should().NotBeNull();
        Directory.GetFiles(found!, "*.txt").Should().NotBeEmpty();
        SampleCorpusSeeder.Locate("no/such/folder", AppContext.BaseDirectory).Should().BeNull();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left-over temp files (or none written at all) must not fail the run.
        }
    }
}
