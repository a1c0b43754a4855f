using KnowledgeGraph.GraphApi.Graph;
using KnowledgeGraph.GraphApi.Health;
using KnowledgeGraph.GraphApi.Hosting;
using KnowledgeGraph.GraphApi.Http;
using KnowledgeGraph.Ingest.Hosting;
using KnowledgeGraph.Store;

var builder = WebApplication.CreateBuilder(args);

// Options: Api (keys, CORS, seeding) and GraphQL (limits), validated at start
builder.Services.AddApiOptions();

// The graph store (Store section) and the ingest pipeline behind ingestText and seeding
builder.Services.AddGraphStore(builder.Configuration);
builder.Services.AddIngestPipeline(builder.Configuration);
builder.Services.AddSampleCorpusSeeding();

// GraphQL schema, limits and the GraphQL-over-HTTP handler
builder.Services.AddKnowledgeGraphQL();

// Cross-cutting: CORS for dashboards, health checks
builder.Services.AddApiCors(builder.Configuration);
builder.Services.AddApiHealthChecks();
builder.Services.AddApiRateLimiting();

var app = builder.Build();

app.UseMiddleware<RequestLoggingMiddleware>();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseCors();
app.UseRateLimiter();

app.MapGraphQL();
app.MapApiHealthChecks();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
