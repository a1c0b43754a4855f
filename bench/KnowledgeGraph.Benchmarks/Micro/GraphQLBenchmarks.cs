using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Benchmarks.Generate;
using KnowledgeGraph.Benchmarks.Hosting;
using KnowledgeGraph.Benchmarks.Runs;
using Microsoft.AspNetCore.TestHost;

namespace KnowledgeGraph.Benchmarks.Micro;

/// <summary>
/// GraphQL execution in-process: the real handler and schema behind an in-memory TestServer (no sockets), on the
/// store micro-benchmarks' graph; /bench/ping is the same pipeline's floor.
/// </summary>
public class GraphQLBenchmarks
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;
    private GraphSamples _s = null!;
    private int _i;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var graph = await ScaleGraph.EnsureAsync(MicroSizes.Entities, MicroSizes.Relations, seed: 42);
        _s = graph.Samples;
        _app = BenchApiHost.Build(graph.Path, inMemory: true);
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    public Task<string> Ping() => _client.GetStringAsync(new Uri("/bench/ping", UriKind.Relative));

    [Benchmark]
    public Task<string> Lookup() => PostAsync(GraphQLQueries.Lookup, GraphQLQueries.IdVariables(_s, _i++));

    [Benchmark]
    public Task<string> Neighborhood() => PostAsync(GraphQLQueries.Neighborhood, GraphQLQueries.IdVariables(_s, _i++));

    private async Task<string> PostAsync(string query, string variables)
    {
        using var response = await _client.PostAsync(new Uri("/graphql", UriKind.Relative), LoadGenerator.GraphQL(query, variables));
        return await response.Content.ReadAsStringAsync();
    }
}
