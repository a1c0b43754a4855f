using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.GraphApi;
using KnowledgeGraph.Model.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Tests.Api;

/// <summary>
/// One API server for all API tests: the real host over a real SQLite file in a temp folder, with the known
/// <see cref="TestGraph"/> written to it and the store wrapped in a <see cref="CountingGraphStore"/> (the network queries in a
/// <see cref="CountingNetworkQueries"/>). Subclasses seed another graph or change settings.
/// </summary>
public class ApiServerFixture : WebApplicationFactory<GraphApiEntryPoint>, IAsyncLifetime
{
    public const string WriterKey = "test-writer-key-0123456789abcdef";
    public const string MaxPageSize = "100";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kg-api-tests-" + Guid.NewGuid().ToString("N"));

    public CountingGraphStore Store => Services.GetRequiredService<IGraphStore>() as CountingGraphStore ?? CountedInside!;

    /// <summary>The counting store when a subclass wrapped it in something else.</summary>
    protected CountingGraphStore? CountedInside { get; set; }

    public CountingNetworkQueries Network => (CountingNetworkQueries)Services.GetRequiredService<INetworkQueries>();

    /// <summary>Store calls of both ports since their last reset.</summary>
    public int TotalStoreCalls => Store.TotalCalls + Network.TotalCalls;

    public void ResetCounts()
    {
        Store.Reset();
        Network.Reset();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Store:Sqlite:Path", Path.Combine(_folder, "graph.db"));
        builder.UseSetting("Api:SeedSampleCorpus", "false");
        builder.UseSetting("Api:ApiKeys:0:Name", "test-writer");
        builder.UseSetting("Api:ApiKeys:0:Key", WriterKey);
        builder.UseSetting("GraphQL:MaxPageSize", MaxPageSize);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");

        // The tests fire hundreds of requests from one client; the limiter has its own tests.
        builder.UseSetting("Api:RateLimit:PermitsPerWindow", "1000000");
        builder.ConfigureTestServices(services =>
        {
            var real = services.Last(d => d.ServiceType == typeof(IGraphStore));
            services.Remove(real);
            services.AddSingleton<IGraphStore>(sp => WrapStore(CountedInside = new CountingGraphStore((IGraphStore)real.ImplementationFactory!(sp))));
            var network = services.Last(d => d.ServiceType == typeof(INetworkQueries));
            services.Remove(network);
            services.AddSingleton<INetworkQueries>(sp => new CountingNetworkQueries((INetworkQueries)network.ImplementationFactory!(sp)));
        });
        Configure(builder);
    }

    /// <summary>More settings for a subclass's server.</summary>
    protected virtual void Configure(IWebHostBuilder builder)
    {
    }

    /// <summary>Lets a subclass put instrumentation around the counted store (it must stay a <see cref="CountingGraphStore"/> inside).</summary>
    protected virtual IGraphStore WrapStore(CountingGraphStore store) => store;

    /// <summary>Writes the graph the tests query; the host has started and the store is initialised.</summary>
    protected virtual Task SeedAsync() => Store.WriteAsync(TestGraph.Build());

    public async Task InitializeAsync()
    {
        _ = Server; // starts the host: the store is created and initialised by its hosted service
        await SeedAsync();
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temp folder behind; it must not fail the run.
        }
    }

    /// <summary>POSTs a query as application/json and returns the status and parsed body.</summary>
    public async Task<GraphResponse> PostAsync(string query, object? variables = null, string? apiKey = null, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        if (accept is not null)
        {
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        }

        return await SendAsync(request);
    }

    public async Task<GraphResponse> SendAsync(HttpRequestMessage request)
    {
        using var client = CreateClient();
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphResponse((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, text, ParseOrNull(text), string.Join(", ", response.Content.Headers.Allow),
            response.Headers.TryGetValues("Cache-Status", out var cacheStatus) ? string.Join(", ", cacheStatus) : null);
    }

    /// <summary>Data of a query that must succeed: fails the test with the errors when there are any.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        response.Errors.Should().BeEmpty(because: response.Text);
        response.Status.Should().Be(200);
        return response.Body!["data"]!;
    }

    private static JsonNode? ParseOrNull(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
