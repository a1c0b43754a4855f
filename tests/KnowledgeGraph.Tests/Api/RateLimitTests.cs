using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using KnowledgeGraph.GraphApi;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeGraph.Tests.Api;

/// <summary>Per-client limits: a client over its allowance gets 429 RATE_LIMITED; other clients and health checks are still served.</summary>
public sealed class RateLimitTests : IDisposable
{
    private const string KeyA = "rate-limit-key-a-0123456789";
    private const string KeyB = "rate-limit-key-b-0123456789";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kg-api-rate-" + Guid.NewGuid().ToString("N"));
    private readonly WebApplicationFactory<GraphApiEntryPoint> _factory;

    public RateLimitTests()
    {
        _factory = new WebApplicationFactory<GraphApiEntryPoint>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Store:Sqlite:Path", Path.Combine(_folder, "graph.db"));
            builder.UseSetting("Api:SeedSampleCorpus", "false");
            builder.UseSetting("Api:ApiKeys:0:Name", "dashboard-a");
            builder.UseSetting("Api:ApiKeys:0:Key", KeyA);
            builder.UseSetting("Api:ApiKeys:1:Name", "dashboard-b");
            builder.UseSetting("Api:ApiKeys:1:Key", KeyB);
            builder.UseSetting("Api:RateLimit:PermitsPerWindow", "3");
            builder.UseSetting("Api:RateLimit:WindowSeconds", "600");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        });
    }

    [Fact]
    public async Task A_client_over_its_allowance_is_refused_with_rate_limited_while_others_are_served()
    {
        using var client = _factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var ok = await PostAsync(client, KeyA);
            statuses.Add(ok.StatusCode);
        }

        using var refused = await PostAsync(client, KeyA);
        var body = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;

        statuses.Should().OnlyContain(s => s == HttpStatusCode.OK);
        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.Should().NotBeNull();
        body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().Should().Be("RATE_LIMITED");
        using var other = await PostAsync(client, KeyB);
        other.StatusCode.Should().Be(HttpStatusCode.OK, "another key is another client");
        using var health = await client.GetAsync("/health/live");
        health.IsSuccessStatusCode.Should().BeTrue("health checks are not rate limited");
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

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ stats { entities } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Api-Key", key);
        return await client.SendAsync(request);
    }
}
