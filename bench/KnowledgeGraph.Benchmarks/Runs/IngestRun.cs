using System.Diagnostics;
using KnowledgeGraph.Benchmarks.Generate;
using KnowledgeGraph.Benchmarks.Infrastructure;
using KnowledgeGraph.Ingest.Hosting;
using KnowledgeGraph.Ingest.Load;
using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Curation;
using KnowledgeGraph.Model.Extraction;
using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Sqlite;
using KnowledgeGraph.Store.Sqlite.Curation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Benchmarks.Runs;

/// <summary>
/// Workload 3: the production pipeline (parse → extract → resolve → load, as the CLI wires it) over a generated
/// corpus into a fresh store: wall time, peak working set, bytes written, and a stopwatch split by stage. Run one size
/// per process so the peak is this size's own (bench/run.sh does). Extraction overlaps the write path, so the stages
/// add up to more than the wall time: "otherSeconds" (wall minus the stages) is negative by about that overlap.
/// </summary>
public static class IngestRun
{
    public static async Task RunAsync(int articles, int seed, int batchSize, int writeCacheMebibytes)
    {
        var folder = CorpusGenerator.Ensure(articles, seed);
        var corpus = Corpus.Load($"generated-{articles}", folder);
        var path = Path.Combine(BenchPaths.Data, $"ingest-n{articles}.db");
        using var sqlite = await Stores.OpenAsync(path, fresh: true, writeCacheMebibytes);
        var store = new TimingGraphStore(sqlite);
        var extractor = new TimingExtractor(Ingest.Extract.RuleBasedExtractor.CreateDefault());

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Ingest:BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .Build();
        var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Error))
            .AddIngestPipeline(configuration)
            .AddSingleton<IGraphStore>(store)
            .AddSingleton<IExtractor>(extractor)
            // ingest re-applies analysts' decisions to every batch: the real (empty) log beside the graph, as in the host
            .AddSingleton<IDecisionLog>(new SqliteDecisionLog(Options.Create(new SqliteStoreOptions { Path = path })))
            .BuildServiceProvider();
        var pipeline = services.GetRequiredService<IngestPipeline>();

        GC.Collect();
        var writtenBefore = BytesWritten();
        var sw = Stopwatch.StartNew();
        var report = await pipeline.IngestAsync(corpus.Documents);
        var wall = sw.Elapsed.TotalSeconds;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var written = BytesWritten() - writtenBefore;

        var detail = new Dictionary<string, object?>
        {
            ["articles"] = articles,
            ["mb"] = Math.Round(corpus.TextBytes / 1e6, 3),
            ["entitiesWritten"] = report.EntitiesWritten,
            ["relationsWritten"] = report.RelationsWritten,
            ["failures"] = report.Failures.Count,
            ["extractSeconds"] = Math.Round(extractor.Time.TotalSeconds, 3),
            ["storeWriteSeconds"] = Math.Round(store.WriteTime.TotalSeconds, 3),
            ["storeLookupSeconds"] = Math.Round(store.LookupTime.TotalSeconds, 3),
            ["otherSeconds"] = Math.Round(wall - extractor.Time.TotalSeconds - store.WriteTime.TotalSeconds - store.LookupTime.TotalSeconds, 3),
            ["batchSize"] = batchSize,
            ["writeCacheMiB"] = writeCacheMebibytes,
            ["managedHeapMiB"] = Math.Round(GC.GetTotalMemory(forceFullCollection: false) / 1048576.0, 1),
            ["writtenMiBPerArticle"] = written is null ? null : Math.Round(written.Value / 1048576.0 / articles, 3),
        };
        Report.Figure("ingest", $"wall time at {articles} articles", wall, "s", detail);
        Report.Figure("ingest", $"peak working set at {articles} articles", peak / 1048576.0, "MiB", detail);
        Report.Figure("ingest", $"per-article time at {articles} articles", wall * 1000 / articles, "ms", detail);
        Report.Note("ingest", string.Join(", ", detail.Select(kv => $"{kv.Key}={kv.Value}")));
    }

    /// <summary>
    /// Bytes this process has handed to write calls (Linux /proc/self/io "wchar"): the store's WAL frames and
    /// checkpoints, which grow with the pages each batch dirties. Null where /proc is not there.
    /// </summary>
    private static long? BytesWritten()
    {
        const string Io = "/proc/self/io";
        if (!File.Exists(Io))
        {
            return null;
        }

        var line = File.ReadLines(Io).FirstOrDefault(l => l.StartsWith("wchar:", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line["wchar:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The extractor with a stopwatch around it (the pipeline calls it on one thread, so a plain sum is right).</summary>
    private sealed class TimingExtractor(IExtractor inner) : IExtractor
    {
        public TimeSpan Time { get; private set; }

        public DocumentGraph Extract(Article article)
        {
            var sw = Stopwatch.StartNew();
            var result = inner.Extract(article);
            Time += sw.Elapsed;
            return result;
        }
    }
}
