using System.Net;
using System.Text;
using KnowledgeGraph.GraphApi;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeGraph.Tests.Api;

/// <summary>With Api:RequireKeyForReads set, reads (network questions included) need a key.</summary>
public sealed class ReadKeyTests : IDisposable
{
    private const string Key = "read-key-0123456789abcdef";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kg-api-readkey-" + Guid.NewGuid().ToString("N"));
    private readonly WebApplicationFactory<GraphApiEntryPoint> _factory;

    public ReadKeyTests()
    {
        _factory = new WebApplicationFactory<GraphApiEntryPoint>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Store:Sqlite:Path", Path.Combine(_folder, "graph.db"));
            builder.UseSetting("Api:SeedSampleCorpus", "false");
            builder.UseSetting("Api:RequireKeyForReads", "true");
            builder.UseSetting("Api:ApiKeys:0:Name", "analyst");
            builder.UseSetting("Api:ApiKeys:0:Key", Key);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        });
    }

    [Fact]
    public async Task Reads_without_a_key_are_refused_and_with_one_are_answered()
    {
        using var client = _factory.CreateClient();

        using var anonymous = await PostAsync(client, null);
        using var keyed = await PostAsync(client, Key);

        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await anonymous.Content.ReadAsStringAsync()).Should().Contain("UNAUTHENTICATED");
        keyed.StatusCode.Should().Be(HttpStatusCode.OK);
        (await keyed.Content.ReadAsStringAsync()).Should().Contain("countsByKind").And.NotContain("errors");
    }

    public void Dispose()
    {
        _factory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind must not fail the run.
        }
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ countsByKind { name count } }"}""", Encoding.UTF8, "application/json"),
        };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await client.SendAsync(request);
    }
}
