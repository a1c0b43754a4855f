using KnowledgeGraph.Ingest.Crawl.Running;
using KnowledgeGraph.Ingest.Crawl.Sources;
using KnowledgeGraph.Ingest.Crawl.State;
using KnowledgeGraph.Ingest.Hosting;
using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store;
using KnowledgeGraph.Tests.Store;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Tests.Crawl;

/// <summary>
/// The crawler as the CLI composes it (pipeline, SQLite graph store, crawl state) over files in a temp folder, with
/// fast test limits. Disposing and creating another over the same folder is a process restart.
/// </summary>
public sealed class CrawlTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private CrawlTestHost(ServiceProvider services) => _services = services;

    public IServiceProvider Services => _services;

    public SourceCrawler Crawler => _services.GetRequiredService<SourceCrawler>();

    public CrawlState State => _services.GetRequiredService<CrawlState>();

    public IGraphStore Store => _services.GetRequiredService<IGraphStore>();

    // The fetch timeout only has to fall short of the test site's 10-second slow page; 2 s let a real page (a list page,
    // the PDF) time out when the whole suite loaded both cores, and the run then missed articles (seen in a fresh clone).
    public static async Task<CrawlTestHost> StartAsync(TempDirectory folder, SourcesFile sources, Action<IServiceCollection>? configure = null, int timeoutSeconds = 5, int maxAttempts = 1)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:Sqlite:Path"] = folder.File("graph.db"),
            ["Crawl:StatePath"] = folder.File("crawl.db"),
            ["Ingest:Fetch:AllowPrivateNetworks"] = "true",
            ["Ingest:Fetch:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Ingest:Fetch:MaxResponseBytes"] = "200000",
            ["Ingest:Fetch:MaxRedirects"] = "3",
            ["Ingest:Fetch:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Ingest:Fetch:RetryBaseDelayMilliseconds"] = "10",
            ["Ingest:Fetch:RetryMaxDelayMilliseconds"] = "50",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddIngestPipeline(configuration);
        services.AddGraphStore(configuration);
        services.AddCrawler(configuration);
        services.AddSingleton(new SourceCatalog(sources));
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IGraphStore>().InitializeAsync();
        return new CrawlTestHost(provider);
    }

    public SourceRules Source(string name) => _services.GetRequiredService<SourceCatalog>().Find(name)!;

    public Task<CrawlRunReport> CrawlAsync(string source, CancellationToken ct = default) => Crawler.RunAsync(Source(source), null, ct);

    /// <summary>A query on the real graph store's file, as an operator would run it with sqlite3.</summary>
    public static async Task<List<T>> QueryAsync<T>(string file, string sql, Func<SqliteDataReader, T> read)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
