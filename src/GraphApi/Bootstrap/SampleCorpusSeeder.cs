using KnowledgeGraph.GraphApi.Hosting;
using KnowledgeGraph.Ingest.Fetch;
using KnowledgeGraph.Ingest.Load;
using KnowledgeGraph.Model.Storage;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphApi.Bootstrap;

/// <summary>
/// On start, fills an empty store from the bundled sample corpus so a fresh install answers its first query. Runs after
/// the store's initializer (hosted services start in registration order) and before the server accepts requests.
/// </summary>
public sealed class SampleCorpusSeeder(
    IGraphStore store,
    IngestPipeline pipeline,
    InputReader reader,
    IOptions<ApiOptions> options,
    IHostEnvironment environment,
    ILogger<SampleCorpusSeeder> logger) : IHostedService
{
    private const int MaxParentsSearched = 6;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SeedSampleCorpus)
        {
            return;
        }

        var stats = await store.GetStatsAsync(cancellationToken);
        if (stats.Articles > 0)
        {
            return;
        }

        var folder = Locate(options.Value.SampleCorpusPath, environment.ContentRootPath);
        if (folder is null)
        {
            logger.LogWarning("The store is empty and the sample corpus {Path} was not found; starting with an empty graph", options.Value.SampleCorpusPath);
            return;
        }

        var report = await pipeline.IngestAsync(reader.ReadAsync([folder], cancellationToken), null, cancellationToken);
        logger.LogInformation(
            "Seeded the empty store from {Folder}: {Documents} documents, {Entities} entities, {Relations} relations, {Failures} failures",
            folder, report.Documents, report.EntitiesWritten, report.RelationsWritten, report.Failures.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// A relative path is looked for under the content root and then its parents, so "samples/corpus" is found both
    /// from the repository root and from src/GraphApi (dotnet run, tests).
    /// </summary>
    public static string? Locate(string path, string contentRoot)
    {
        if (Path.IsPathRooted(path))
        {
            return Directory.Exists(path) ? path : null;
        }

        var directory = new DirectoryInfo(contentRoot);
        for (var i = 0; directory is not null && i <= MaxParentsSearched; i++, directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, path);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
