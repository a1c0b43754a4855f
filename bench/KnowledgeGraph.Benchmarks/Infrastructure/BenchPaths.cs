namespace KnowledgeGraph.Benchmarks.Infrastructure;

/// <summary>
/// Where things are: the repository root (found by walking up to KnowledgeGraph.sln, so the harness works from any
/// working directory and from BenchmarkDotNet's own processes) and the gitignored bench/.data folder for generated data.
/// </summary>
public static class BenchPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string SeedCorpus => Path.Combine(RepoRoot, "samples", "corpus");

    public static string Data => Directory.CreateDirectory(Path.Combine(RepoRoot, "bench", ".data")).FullName;

    public static string Results => Directory.CreateDirectory(Path.Combine(Data, "results")).FullName;

    public static string JiebaScript => Path.Combine(RepoRoot, "bench", "jieba", "segment.js");

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("KnowledgeGraph.sln not found above the binary or the working directory.");
    }
}
