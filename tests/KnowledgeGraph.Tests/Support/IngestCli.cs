using System.Diagnostics;

namespace KnowledgeGraph.Tests.Support;

/// <summary>Runs the real ingest CLI (the built KnowledgeGraph.Ingest.dll) as a separate process against a given store file.</summary>
public static class IngestCli
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>
    /// The Ingest project's own build output, in the configuration the tests were built in: the copy beside the tests
    /// resolves its dependencies through the test host's deps file, not its own.
    /// </summary>
    private static string IngestDll
    {
        get
        {
            var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var framework = testBin.Name;
            var configuration = testBin.Parent!.Name;
            var root = testBin;
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "KnowledgeGraph.sln")))
            {
                root = root.Parent;
            }

            return Path.Combine(root!.FullName, "src", "Ingest", "bin", configuration, framework, "KnowledgeGraph.Ingest.dll");
        }
    }

    public static async Task<Result> RunAsync(string storePath, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(storePath)!,
        };
        start.ArgumentList.Add(IngestDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Store__Sqlite__Path"] = storePath;
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
