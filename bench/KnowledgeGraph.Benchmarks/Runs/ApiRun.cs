using System.Diagnostics;
using KnowledgeGraph.Benchmarks.Hosting;
using KnowledgeGraph.Benchmarks.Infrastructure;
using Microsoft.AspNetCore.TestHost;

namespace KnowledgeGraph.Benchmarks.Runs;

/// <summary>
/// The GraphQL request path without sockets: the API behind an in-memory TestServer, one caller at a time, per-request
/// latency of /bench/ping (the pipeline's floor) and of the GraphQL queries. Quick to repeat before and after a change,
/// and a steady loop to attach dotnet-trace to.
/// </summary>
public static class ApiRun
{
    public static async Task RunAsync(ScaleGraphFile graph, int seconds, bool responseCache)
    {
        await using var app = BenchApiHost.Build(graph.Path, inMemory: true, responseCache: responseCache);
        await app.StartAsync();
        using var client = app.GetTestClient();
        var s = graph.Samples;
        var ping = new Uri("/bench/ping", UriKind.Relative);
        var graphql = new Uri("/graphql", UriKind.Relative);
        var runs = new (string Name, Func<int, Task> Run)[]
        {
            ("ping", async _ => await client.GetStringAsync(ping)),
            ("GraphQL lookup by id", i => PostAsync(client, graphql, GraphQLQueries.Lookup, GraphQLQueries.IdVariables(s, i))),
            ("GraphQL 1-hop neighbourhood", i => PostAsync(client, graphql, GraphQLQueries.Neighborhood, GraphQLQueries.IdVariables(s, i))),
        };

        var means = new Dictionary<string, double>();
        foreach (var (name, run) in runs)
        {
            await WarmUp.UntilJitSettlesAsync("api", name, async d =>
            {
                var warm = Stopwatch.StartNew();
                for (var i = 0; warm.Elapsed < d; i++)
                {
                    await run(i);
                }
            }, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30));

            var latencies = new Latencies();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var total = Stopwatch.StartNew();
            for (var i = 0; total.Elapsed < TimeSpan.FromSeconds(seconds); i++)
            {
                var sw = Stopwatch.StartNew();
                await run(i);
                latencies.Add(sw.Elapsed.TotalMilliseconds);
            }

            // Process CPU per request: on a shared, oversubscribed machine the steadier figure (wall time includes waiting for a core).
            var cpuPerRequest = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / latencies.Count;
            means[name] = cpuPerRequest;
            var detail = new Dictionary<string, object?>
            {
                ["relations"] = graph.Relations,
                ["entities"] = graph.Entities,
                ["samples"] = latencies.Count,
                ["p50"] = Math.Round(latencies.Percentile(50), 3),
                ["p99"] = Math.Round(latencies.Percentile(99), 3),
                ["mean"] = Math.Round(latencies.Mean, 3),
                ["cpuPerRequest"] = Math.Round(cpuPerRequest, 4),
            };
            Report.Figure("api", $"{name} CPU per request", cpuPerRequest, "ms", detail);
            Report.Note("api", $"{name}: {latencies.Count} requests, CPU {detail["cpuPerRequest"]} ms/request, mean {detail["mean"]} ms, p50 {detail["p50"]} ms, p99 {detail["p99"]} ms");
        }

        Report.Figure("api", "GraphQL lookup as % of ping (in-memory, one caller, CPU per request)", 100 * means["ping"] / means["GraphQL lookup by id"], "%");
        await app.StopAsync();
    }

    private static async Task PostAsync(HttpClient client, Uri graphql, string query, string variables)
    {
        using var response = await client.PostAsync(graphql, LoadGenerator.GraphQL(query, variables));
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || body.Contains("\"errors\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"GraphQL answered {(int)response.StatusCode}: {body}");
        }
    }
}
