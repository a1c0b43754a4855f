using System.Text;

namespace KnowledgeGraph.Benchmarks.Generate;

/// <summary>
/// A reproducible corpus of N articles: each is the title of a seed article and a run of its consecutive sentences,
/// with every substitutable name replaced consistently inside the article (the same seed body is the same generated
/// body throughout, as coreference needs). Same seed and N, same bytes.
/// </summary>
public static class CorpusGenerator
{
    private const int MinSentences = 6;
    private const int MaxSentences = 40;

    /// <summary>The corpus folder under bench/.data, generated on first use and reused after (a marker file says it is whole).</summary>
    public static string Ensure(int articles, int seed)
    {
        var folder = Path.Combine(Infrastructure.BenchPaths.Data, $"corpus-s{seed}-n{articles}");
        var marker = Path.Combine(folder, ".complete");
        if (File.Exists(marker))
        {
            return folder;
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var i = 0;
        foreach (var text in Generate(articles, seed))
        {
            File.WriteAllText(Path.Combine(folder, $"{i++:D6}.txt"), text, new UTF8Encoding(false));
        }

        File.WriteAllText(marker, $"seed={seed} articles={articles}\n");
        return folder;
    }

    public static IEnumerable<string> Generate(int articles, int seed)
    {
        var seeds = SentencePatterns.FromSeedCorpus(Infrastructure.BenchPaths.SeedCorpus);
        var rng = new Random(seed);
        var world = new NameWorld(rng, articles);
        for (var a = 0; a < articles; a++)
        {
            var source = seeds[rng.Next(seeds.Count)];
            var length = Math.Min(source.Count - 1, MinSentences + (int)(Math.Abs(NextGaussian(rng)) * 10));
            length = Math.Clamp(length, 1, MaxSentences);
            var start = 1 + rng.Next(Math.Max(1, source.Count - length));
            var names = new Dictionary<string, string?>(StringComparer.Ordinal);
            var used = new HashSet<string>(StringComparer.Ordinal);
            var sb = new StringBuilder();
            Append(sb, source[0], names, used, world, rng);
            sb.Append("\n\n");
            for (var s = start; s < Math.Min(source.Count, start + length); s++)
            {
                Append(sb, source[s], names, used, world, rng);
                sb.Append(source[s].Separator);
            }

            yield return sb.ToString().TrimEnd() + "\n";
        }
    }

    private static void Append(StringBuilder sb, SentencePattern pattern, Dictionary<string, string?> names, HashSet<string> used, NameWorld world, Random rng)
    {
        foreach (var part in pattern.Parts)
        {
            if (part.Entity is null)
            {
                sb.Append(part.Text);
                continue;
            }

            var key = part.Entity.Type + "|" + part.Entity.Name;
            if (!names.TryGetValue(key, out var name))
            {
                // Two seed bodies must not become one generated body in the same article (that would be a self-loop).
                name = world.Pick(rng, part.Entity);
                for (var retry = 0; name is not null && used.Contains(name) && retry < 5; retry++)
                {
                    name = world.Pick(rng, part.Entity);
                }

                names[key] = name;
                if (name is not null)
                {
                    used.Add(name);
                }
            }

            sb.Append(name ?? part.Text);
        }
    }

    private static double NextGaussian(Random rng) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - rng.NextDouble())) * Math.Cos(2.0 * Math.PI * rng.NextDouble());
}
