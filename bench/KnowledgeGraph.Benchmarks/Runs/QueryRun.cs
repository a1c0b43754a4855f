using System.Diagnostics;
using KnowledgeGraph.Benchmarks.Infrastructure;
using KnowledgeGraph.Model.Ontology;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.Benchmarks.Runs;

/// <summary>
/// Workload 4, in-process: p50/p95/p99 of each network question against the store at scale, one caller at a time
/// (the latency a single dashboard request sees), cycling through the graph's sampled ids.
/// </summary>
public static class QueryRun
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    public static async Task RunAsync(ScaleGraphFile graph, int iterations, string? only = null, int slowest = 0)
    {
        using var store = await Stores.OpenAsync(graph.Path, fresh: false);
        var s = graph.Samples;
        var queries = new (string Name, Func<int, Task> Run)[]
        {
            ("lookup by id", i => store.GetEntitiesAsync([s.EntityIds[i % s.EntityIds.Count]])),
            ("name search (first 20)", i => store.ListEntitiesAsync(new EntityFilter { NameContains = s.NameFragments[i % s.NameFragments.Count] }, new PageRequest(20))),
            ("1-hop neighbourhood (max 100 nodes)", i => store.GetNeighborhoodAsync(s.EntityIds[i % s.EntityIds.Count], 1, RelationFilter.All, 100)),
            ("1-hop neighbourhood of a top-20 hub", i => store.GetNeighborhoodAsync(s.HubIds[i % s.HubIds.Count], 1, RelationFilter.All, 100)),
            ("relations of one entity", i => store.GetRelationsAsync([s.EntityIds[i % s.EntityIds.Count]], RelationFilter.All)),
            ("3-hop bounded paths (max 10)", i => store.FindPathsAsync(s.PathPairs[i % s.PathPairs.Count].From, s.PathPairs[i % s.PathPairs.Count].To, 3, RelationFilter.All, 10)),
            ("alliances linking two members", i => store.FindLinkingEntitiesAsync([s.AlliancePeers[i % s.AlliancePeers.Count].A, s.AlliancePeers[i % s.AlliancePeers.Count].B], OrganizationKinds.Alliance, [RelationTypes.MemberOf])),
            ("aggregates (stats)", _ => store.GetStatsAsync()),
        };

        // --only a,b: just the queries whose names contain one of these (e.g. "hop" for the traversals).
        var wanted = only?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var (name, run) in queries.Where(q => wanted is null || wanted.Any(w => q.Name.Contains(w, StringComparison.Ordinal))))
        {
            // Warm-up until tiered compilation has settled (statement cache and page cache warm on the way), as the HTTP
            // runs do: a fixed 20 queries left tier-0 code and the JIT thread in the first ~100 timed samples, so the
            // p99 measured start-up as much as steady state.
            await WarmUp.UntilJitSettlesAsync("query", name, async d =>
            {
                var warm = Stopwatch.StartNew();
                for (var i = 0; warm.Elapsed < d; i++)
                {
                    await run(i);
                }
            }, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30));

            var latencies = new Latencies();
            var bySample = new List<(int Index, double Ms)>();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var total = Stopwatch.StartNew();
            for (var i = 0; i < iterations && total.Elapsed < Cap; i++)
            {
                var sw = Stopwatch.StartNew();
                await run(i);
                latencies.Add(sw.Elapsed.TotalMilliseconds);
                bySample.Add((i, sw.Elapsed.TotalMilliseconds));
            }

            // Process CPU per query (GC and JIT threads included): steadier than wall percentiles on a shared machine.
            var cpuPerQuery = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / latencies.Count;
            var detail = new Dictionary<string, object?>
            {
                ["cpuPerQuery"] = Math.Round(cpuPerQuery, 3),
                ["relations"] = graph.Relations,
                ["entities"] = graph.Entities,
                ["samples"] = latencies.Count,
                ["p50"] = Math.Round(latencies.Percentile(50), 3),
                ["p95"] = Math.Round(latencies.Percentile(95), 3),
                ["p99"] = Math.Round(latencies.Percentile(99), 3),
                ["mean"] = Math.Round(latencies.Mean, 3),
            };
            Report.Figure("query", $"{name} p99", latencies.Percentile(99), "ms", detail);
            // --slowest N: which samples make the tail (sample i asks the i-th sampled id or pair, modulo their count).
            foreach (var (index, ms) in bySample.OrderByDescending(x => x.Ms).Take(slowest))
            {
                Console.WriteLine($"  slow: {name} #{index} {ms:F1} ms");
            }

            Report.Note("query", $"{name}: p50 {detail["p50"]} ms, p95 {detail["p95"]} ms, p99 {detail["p99"]} ms, CPU {detail["cpuPerQuery"]} ms/query over {latencies.Count}");
        }
    }
}
