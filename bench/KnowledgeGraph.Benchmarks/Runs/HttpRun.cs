using KnowledgeGraph.Benchmarks.Hosting;
using KnowledgeGraph.Benchmarks.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace KnowledgeGraph.Benchmarks.Runs;

/// <summary>
/// Workload 4 over HTTP: the API on 127.0.0.1 in this process, loaded by the closed-loop generator in this process,
/// the trivial /bench/ping first and the GraphQL queries after, same server, same concurrency, same budgets. Then a
/// second server with the response cache on, as dashboards that poll meet it: /bench/ping again, and the same lookups,
/// now answered from memory after the first round of the 2,000 sampled ids.
/// </summary>
public static class HttpRun
{
    public static async Task RunAsync(ScaleGraphFile graph, int concurrency, int seconds, int maxRequests)
    {
        var s = graph.Samples;
        var rates = await MeasureAsync(graph, responseCache: false, concurrency, seconds, maxRequests,
        [
            ("trivial JSON /bench/ping", _ => null, Ping: true),
            ("GraphQL lookup by id", i => LoadGenerator.GraphQL(GraphQLQueries.Lookup, GraphQLQueries.IdVariables(s, i)), false),
            ("GraphQL 1-hop neighbourhood", i => LoadGenerator.GraphQL(GraphQLQueries.Neighborhood, GraphQLQueries.IdVariables(s, i)), false),
            ("GraphQL name search", i => LoadGenerator.GraphQL(GraphQLQueries.Search, GraphQLQueries.NameVariables(s, i)), false),
        ]);
        Report.Figure("http", "GraphQL lookup throughput as % of trivial endpoint", 100 * rates["GraphQL lookup by id"] / rates["trivial JSON /bench/ping"], "%");

        const string ping = "trivial JSON /bench/ping (response cache on)";
        const string lookup = "GraphQL lookup by id, polled (response cache on)";
        var cached = await MeasureAsync(graph, responseCache: true, concurrency, seconds, maxRequests,
        [
            (ping, _ => null, Ping: true),
            (lookup, i => LoadGenerator.GraphQL(GraphQLQueries.Lookup, GraphQLQueries.IdVariables(s, i)), false),
        ]);
        Report.Figure("http", "polled GraphQL lookup throughput as % of trivial endpoint", 100 * cached[lookup] / cached[ping], "%");
    }

    private static async Task<Dictionary<string, double>> MeasureAsync(
        ScaleGraphFile graph, bool responseCache, int concurrency, int seconds, int maxRequests,
        (string Name, Func<int, HttpContent?> Body, bool Ping)[] runs)
    {
        await using var app = BenchApiHost.Build(graph.Path, inMemory: false, responseCache: responseCache);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var rates = new Dictionary<string, double>();
        foreach (var (name, body, isPing) in runs)
        {
            var target = new Uri(address, isPing ? "/bench/ping" : "/graphql");
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
                ["responseCache"] = responseCache,
            };
            Report.Figure("http", $"{name} throughput", r.RequestsPerSecond, "req/s", detail);
            Report.Note("http", $"{name}: {r.Requests} requests ({r.Errors} errors) in {r.Seconds:0.0} s, p50 {detail["p50"]} ms, p95 {detail["p95"]} ms, p99 {detail["p99"]} ms");
        }

        await app.StopAsync();
        return rates;
    }
}
