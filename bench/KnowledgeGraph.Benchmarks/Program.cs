using System.Globalization;
using BenchmarkDotNet.Running;
using KnowledgeGraph.Benchmarks.Generate;
using KnowledgeGraph.Benchmarks.Runs;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The benchmark harness. `micro …` hands over to BenchmarkDotNet; the other verbs are whole-pipeline and load runs
/// whose figures go to stdout and bench/.data/results/results.jsonl. See bench/RESULTS.md for the commands.
/// </summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("""
                usage: bench <verb> [--option value …]
                  corpus  --articles N [--seed S]                generate a corpus into bench/.data
                  extract --articles N [--seed S] [--seconds T] [--rounds R]   workload 1: extraction MB/s vs jieba, alternating R rounds
                  load    [--entities N] [--relations N] [--batches 100,1000,10000]   workload 2: store load
                  ingest  --articles N [--seed S] [--batch B] [--write-cache MiB]   workload 3: end-to-end ingest (one size per process)
                  graph   [--entities N] [--relations N]         workload 4: build the query graph
                  query   [--entities N] [--relations N] [--iterations I] [--only a,b] [--slowest N]   workload 4: in-process percentiles
                  http    [--entities N] [--relations N] [--concurrency C] [--seconds T] [--requests R]   workload 4 over HTTP
                  api     [--entities N] [--relations N] [--seconds T] [--response-cache on]   GraphQL in-memory (TestServer), one caller
                  micro   [BenchmarkDotNet args]                 micro-benchmarks (e.g. micro --filter '*Extraction*')
                """);
            return 2;
        }

        if (args[0] == "micro")
        {
            BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args[1..], Micro.MicroConfig.Create());
            return 0;
        }

        var options = Options(args[1..]);
        int Int(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var seed = Int("seed", 42);
        switch (args[0])
        {
            case "corpus":
                Console.WriteLine(CorpusGenerator.Ensure(Int("articles", 1000), seed));
                break;
            case "extract":
                await ExtractionRun.RunAsync(Int("articles", 10_000), seed, Int("seconds", 5), Int("rounds", 3));
                break;
            case "load":
                await LoadRun.RunAsync(Int("entities", 20_000), Int("relations", 200_000), Batches(options), seed);
                break;
            case "ingest":
                await IngestRun.RunAsync(Int("articles", 1000), seed, Int("batch", new Ingest.Load.IngestOptions().BatchSize),
                    Int("write-cache", Store.Sqlite.SqliteStoreOptions.DefaultWriteCacheMebibytes));
                break;
            case "graph":
                await ScaleGraph.EnsureAsync(Int("entities", 100_000), Int("relations", 1_000_000), seed, rebuild: true);
                break;
            case "query":
                await QueryRun.RunAsync(await ScaleGraph.EnsureAsync(Int("entities", 100_000), Int("relations", 1_000_000), seed), Int("iterations", 1000), options.GetValueOrDefault("only"), Int("slowest", 0));
                break;
            case "http":
                await HttpRun.RunAsync(await ScaleGraph.EnsureAsync(Int("entities", 100_000), Int("relations", 1_000_000), seed),
                    Int("concurrency", 16), Int("seconds", 10), Int("requests", 50_000));
                break;
            case "api":
                await ApiRun.RunAsync(await ScaleGraph.EnsureAsync(Int("entities", 100_000), Int("relations", 1_000_000), seed), Int("seconds", 10),
                    options.GetValueOrDefault("response-cache") == "on");
                break;
            default:
                Console.Error.WriteLine($"unknown verb '{args[0]}'");
                return 2;
        }

        return 0;
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            result[args[i].TrimStart('-')] = args[i + 1];
        }

        return result;
    }

    private static int[] Batches(Dictionary<string, string> options) =>
        options.TryGetValue("batches", out var v)
            ? [.. v.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))]
            : [100, 1000, 10_000];
}
