using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.Benchmarks.Generate;
using KnowledgeGraph.Benchmarks.Infrastructure;
using KnowledgeGraph.Ingest.Extract;
using KnowledgeGraph.Model.Articles;

namespace KnowledgeGraph.Benchmarks.Runs;

/// <summary>
/// Workload 1: extraction throughput in MB/s of UTF-8 Chinese text, one core and all cores, on the seed corpus and a
/// generated corpus; beside it, in the same run, jieba segmentation of exactly the same texts.
/// </summary>
public static class ExtractionRun
{
    public static async Task RunAsync(int articles, int seed, double minSeconds, int rounds)
    {
        var extractor = RuleBasedExtractor.CreateDefault();
        // --articles 0: the seed corpus alone (a quick run).
        var corpora = new List<Corpus> { Corpus.Load("seeds", BenchPaths.SeedCorpus) };
        if (articles > 0)
        {
            corpora.Add(Corpus.Load($"generated-{articles}", CorpusGenerator.Ensure(articles, seed)));
        }

        foreach (var corpus in corpora)
        {
            Report.Note("extract", $"{corpus.Name}: {corpus.Articles.Count} articles, {corpus.TextBytes / 1e6:0.00} MB UTF-8, {corpus.Articles.Sum(a => a.Text.Length) / 1e6:0.00} M chars");
            // Warm-up until tiered JIT and PGO have settled (at least 3 s): a measurement in tier-0 code understates
            // throughput several-fold, and a fixed warm-up left the JIT compiling in the timed window of other runs.
            await WarmUp.UntilJitSettlesAsync("extract", corpus.Name, d =>
            {
                var warm = System.Diagnostics.Stopwatch.StartNew();
                for (var i = 0; warm.Elapsed < d; i++)
                {
                    extractor.Extract(corpus.Articles[i % corpus.Articles.Count]);
                }

                return Task.CompletedTask;
            }, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(30));

            var texts = corpus.WriteTexts();
            foreach (var threads in new[] { 1, Environment.ProcessorCount })
            {
                // Extraction and jieba alternate, round by round, and each side's figure is its median: on a shared machine
                // the speed drifts within minutes (and not equally for both), so back-to-back pairs are compared, not one
                // long run of each.
                var ours = new List<double>();
                var theirs = new List<double>();
                var ratios = new List<double>();
                var allocatedKB = 0.0;
                for (var round = 0; round < rounds; round++)
                {
                    var (mbps, entities, relations, allocatedPerArticle) = Measure(extractor, corpus.Articles, threads, minSeconds);
                    ours.Add(mbps);
                    if (round == 0)
                    {
                        allocatedKB = Math.Round(allocatedPerArticle / 1024, 1); // what the GC collects: what keeps two cores from scaling
                        Report.Note("extract", $"{corpus.Name} {threads} core(s): {entities} entities and {relations} relations per pass, {allocatedPerArticle / 1024:0.0} KB allocated per article");
                    }

                    if (await JiebaAsync(texts, threads, minSeconds) is { } j)
                    {
                        theirs.Add(j);
                        ratios.Add(j / mbps);
                    }
                }

                Report.Figure("extract", $"{corpus.Name} extraction {threads} core(s)", Median(ours), "MB/s", new Dictionary<string, object?>
                {
                    ["threads"] = threads,
                    ["rounds"] = ours.Select(r => Math.Round(r, 3)).ToList(),
                    ["allocatedKBPerArticle"] = allocatedKB,
                });
                if (theirs.Count > 0)
                {
                    Report.Figure("extract", $"{corpus.Name} jieba cut {threads} core(s)", Median(theirs), "MB/s", new Dictionary<string, object?>
                    {
                        ["threads"] = threads,
                        ["rounds"] = theirs.Select(r => Math.Round(r, 3)).ToList(),
                    });
                    Report.Figure("extract", $"{corpus.Name} jieba/extraction ratio {threads} core(s)", Median(ratios), "x", new Dictionary<string, object?>
                    {
                        ["threads"] = threads,
                        ["rounds"] = ratios.Select(r => Math.Round(r, 3)).ToList(),
                    });
                    Report.Note("extract", $"{corpus.Name} {threads} core(s), ratio by round: {string.Join(", ", ratios.Select(r => r.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)))}");
                }
            }
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Whole passes over the corpus on <paramref name="threads"/> threads until <paramref name="minSeconds"/> have elapsed.</summary>
    private static (double MBps, int Entities, int Relations, double AllocatedPerArticle) Measure(RuleBasedExtractor extractor, IReadOnlyList<Article> articles, int threads, double minSeconds)
    {
        var bytes = articles.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text));
        var entities = 0;
        var relations = 0;
        var passes = 0;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var sw = Stopwatch.StartNew();
        do
        {
            var found = new int[2];
            Parallel.ForEach(articles, new ParallelOptions { MaxDegreeOfParallelism = threads }, a =>
            {
                var g = extractor.Extract(a);
                Interlocked.Add(ref found[0], g.Entities.Count);
                Interlocked.Add(ref found[1], g.Relations.Count);
            });
            (entities, relations) = (found[0], found[1]);
            passes++;
        }
        while (sw.Elapsed.TotalSeconds < minSeconds);
        var seconds = sw.Elapsed.TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return (bytes * passes / 1e6 / seconds, entities, relations, (double)allocated / passes / articles.Count);
    }

    /// <summary>The jieba yardstick via node; null (and a note) when bench/jieba has not been installed with npm ci.</summary>
    private static async Task<double?> JiebaAsync(string texts, int threads, double minSeconds)
    {
        if (!Directory.Exists(Path.Combine(Path.GetDirectoryName(BenchPaths.JiebaScript)!, "node_modules")))
        {
            Report.Note("extract", "jieba yardstick skipped: run `npm ci` in bench/jieba first");
            return null;
        }

        var start = new ProcessStartInfo("node", [BenchPaths.JiebaScript, texts, threads.ToString(System.Globalization.CultureInfo.InvariantCulture), minSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            Report.Note("extract", $"jieba yardstick failed with exit code {process.ExitCode}");
            return null;
        }

        return JsonDocument.Parse(output).RootElement.GetProperty("mbPerSecond").GetDouble();
    }
}
