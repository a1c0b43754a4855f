using KnowledgeGraph.Ingest.Crawl;
using KnowledgeGraph.Ingest.Crawl.Links;
using KnowledgeGraph.Ingest.Crawl.Politeness;
using KnowledgeGraph.Ingest.Crawl.Running;
using KnowledgeGraph.Ingest.Crawl.Sources;
using KnowledgeGraph.Ingest.Crawl.State;
using KnowledgeGraph.Ingest.Fetch;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingest.Hosting;

/// <summary>The crawler's services (section <c>Crawl</c>), on top of <see cref="IngestServiceCollectionExtensions.AddIngestPipeline"/>.</summary>
public static class CrawlServiceCollectionExtensions
{
    public static IServiceCollection AddCrawler(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CrawlOptions>().Bind(configuration.GetSection("Crawl"))
            .Validate(o => !string.IsNullOrWhiteSpace(o.StatePath), "Crawl:StatePath must name the crawl state file")
            .Validate(o => !string.IsNullOrWhiteSpace(o.SourcesPath), "Crawl:SourcesPath must name the sources file")
            .Validate(o => o.RobotsCacheMinutes >= 0 && o.MaxCrawlDelaySeconds >= 0 && o.WorkerPollSeconds > 0, "Crawl limits must not be negative")
            .ValidateOnStart();
        services.AddOptions<FetchOptions>()
            .Validate(o => o.MaxAttempts > 0 && o.RetryBaseDelayMilliseconds >= 0 && o.RetryMaxDelayMilliseconds >= 0 && o.CircuitFailureThreshold > 0 && o.CircuitBreakSeconds >= 0,
                "Ingest:Fetch retry and circuit settings must be positive");

        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton(p => SourceCatalog.Load(SourcesPath(p.GetRequiredService<IOptions<CrawlOptions>>().Value)));
        services.AddSingleton<CrawlState>();
        services.AddSingleton<CrawlMetrics>();
        services.AddSingleton<HostCircuitBreaker>();
        services.AddSingleton<ResilientFetcher>();
        services.AddSingleton<RobotsCache>();
        services.AddSingleton<HostThrottle>();
        services.AddSingleton<PoliteFetcher>();
        services.AddSingleton<LinkExtractor>();
        services.AddSingleton<FeedReader>();
        services.AddSingleton<AttachmentCollector>();
        services.AddSingleton<ArticleIngestor>();
        services.AddSingleton<SourceCrawler>();
        return services;
    }

    // The sources file ships beside the binary, like the parse rules; an operator may point elsewhere.
    private static string SourcesPath(CrawlOptions options) =>
        Path.IsPathRooted(options.SourcesPath) ? options.SourcesPath : Path.Combine(AppContext.BaseDirectory, options.SourcesPath);
}
