using KnowledgeGraph.Benchmarks.Hosting;
using KnowledgeGraph.Benchmarks.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace KnowledgeGraph.Benchmarks.Runs;

/// <summary>
/// Workload 4 over HTTP: the API on 127.0.0.1 in this process, loaded by the closed-loop generator in this process,
/// the trivial /bench/ping first and the GraphQL queries after, same server, same concurrency, same budgets.
/// </summary>
public static class HttpRun
{
    public static async Task RunAsync(ScaleGraphFile graph, int concurrency, int seconds, int maxRequests)
    {
        await using var app = BenchApiHost.Build(graph.Path, inMemory: false);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var ping = new Uri(address, "/bench/ping");
        var graphql = new Uri(address, "/graphql");
        var s = graph.Samples;
        var runs = new (string Name, Uri Target, Func<int, HttpContent?> Body)[]
        {
            ("trivial JSON /bench/ping", ping, _ => null),
            ("GraphQL lookup by id", graphql, i => LoadGenerator.GraphQL(GraphQLQueries.Lookup, GraphQLQueries.IdVariables(s, i))),
            ("GraphQL 1-hop neighbourhood", graphql, i => LoadGenerator.GraphQL(GraphQLQueries.Neighborhood, GraphQLQueries.IdVariables(s, i))),
            ("GraphQL name search", graphql, i => LoadGenerator.GraphQL(GraphQLQueries.Search, GraphQLQueries.NameVariables(s, i))),
        };

        var rates = new Dictionary<string, double>();
        foreach (var (name, target, body) in runs)
        {
            await WarmUp.UntilJitSettlesAsync("http", name, d => LoadGenerator.RunAsync(target, body, concurrency, d, int.MaxValue), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30));
            var r = await LoadGenerator.RunAsync(target, body, concurrency, TimeSpan.FromSeconds(seconds), maxRequests);
            rates[name] = r.RequestsPerSecond;
            var detail = new Dictionary<string, object?>
            {
                ["concurrency"] = concurrency,
                ["requests"] = r.Requests,
                ["errors"] = r.Errors,
                ["seconds"] = Math.Round(r.Seconds, 2),
                ["p50"] = Math.Round(r.Latencies.Percentile(50), 3),
                ["p95"] = Math.Round(r.Latencies.Percentile(95), 3),
                ["p99"] = Math.Round(r.Latencies.Percentile(99), 3),
                ["relations"] = graph.Relations,
            };
            Report.Figure("http", $"{name} throughput", r.RequestsPerSecond, "req/s", detail);
            Report.Note("http", $"{name}: {r.Requests} requests ({r.Errors} errors) in {r.Seconds:0.0} s, p50 {detail["p50"]} ms, p95 {detail["p95"]} ms, p99 {detail["p99"]} ms");
        }

        var baseline = rates[runs[0].Name];
        Report.Figure("http", "GraphQL lookup throughput as % of trivial endpoint", 100 * rates[runs[1].Name] / baseline, "%");
        await app.StopAsync();
    }
}
