using KnowledgeGraph.GraphApi.Graph;
using KnowledgeGraph.GraphApi.Health;
using KnowledgeGraph.GraphApi.Hosting;
using KnowledgeGraph.GraphApi.Http;
using KnowledgeGraph.Ingest.Hosting;
using KnowledgeGraph.Store;
using Microsoft.AspNetCore.TestHost;

namespace KnowledgeGraph.Benchmarks.Hosting;

/// <summary>
/// The GraphQL API composed as src/GraphApi/Program.cs composes it (same registrations, same middleware), over a given
/// store file, plus one endpoint the product does not have: <c>/bench/ping</c>, a trivial JSON answer that measures the
/// HTTP stack's own ceiling on the same server. Kestrel on 127.0.0.1 for load runs; an in-memory TestServer for the
/// in-process micro-benchmark. The response cache is off unless asked for: the runs measure what answering costs, and
/// they ask the same 2,000 ids over and over, which the cache would answer from memory after the first round.
/// </summary>
public static class BenchApiHost
{
    public static WebApplication Build(string storePath, bool inMemory, int port = 0, bool responseCache = false)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:Provider"] = "Sqlite",
            ["Store:Sqlite:Path"] = storePath,
            ["Api:SeedSampleCorpus"] = "false",
            ["Api:ResponseCache:Enabled"] = responseCache ? "true" : "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:KnowledgeGraph"] = "Warning",
        });
        builder.Logging.ClearProviders();
        if (inMemory)
        {
            builder.WebHost.UseTestServer();
        }
        else
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        }

        builder.Services.AddApiOptions();
        builder.Services.AddGraphStore(builder.Configuration);
        builder.Services.AddIngestPipeline(builder.Configuration);
        builder.Services.AddKnowledgeGraphQL();
        builder.Services.AddApiCors(builder.Configuration);
        builder.Services.AddApiHealthChecks();

        var app = builder.Build();
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseCors();
        app.MapGraphQL();
        app.MapApiHealthChecks();
        app.MapGet("/bench/ping", () => Results.Json(new { ok = true, service = "knowledgegraph" }));
        return app;
    }
}
