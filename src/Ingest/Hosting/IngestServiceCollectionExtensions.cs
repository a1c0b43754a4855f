using KnowledgeGraph.Ingest.Curate;
using KnowledgeGraph.Ingest.Curate.Candidates;
using KnowledgeGraph.Ingest.Extract;
using KnowledgeGraph.Ingest.Fetch;
using KnowledgeGraph.Ingest.Load;
using KnowledgeGraph.Ingest.Parse;
using KnowledgeGraph.Ingest.Resolve;
using KnowledgeGraph.Model.Curation;
using KnowledgeGraph.Model.Extraction;
using KnowledgeGraph.Model.Ontology;
using KnowledgeGraph.Model.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Ingest.Hosting;

/// <summary>The ingest pipeline's services, for the CLI host, the worker and the API host alike (the store is registered by the host).</summary>
public static class IngestServiceCollectionExtensions
{
    public static IServiceCollection AddIngestPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IngestOptions>().Bind(configuration.GetSection("Ingest"))
            .Validate(o => o.BatchSize is > 0 and <= 10_000, "Ingest:BatchSize must be between 1 and 10000").ValidateOnStart();
        services.AddOptions<FetchOptions>().Bind(configuration.GetSection("Ingest:Fetch"))
            .Validate(o => o.TimeoutSeconds > 0 && o.MaxResponseBytes > 0 && o.MaxRedirects >= 0, "Ingest:Fetch limits must be positive").ValidateOnStart();
        services.AddOptions<FileInputOptions>().Bind(configuration.GetSection("Ingest:Files"))
            .Validate(o => o.MaxFileBytes > 0, "Ingest:Files:MaxFileBytes must be positive").ValidateOnStart();

        services.AddSingleton(KnowledgeOntology.Default);
        services.AddSingleton(_ => DocumentParser.CreateDefault());
        services.AddSingleton<IExtractor>(_ => RuleBasedExtractor.CreateDefault());
        services.AddSingleton(_ => ContextDependentNames.LoadDefault());
        services.AddSingleton<EntityResolver>();
        services.AddSingleton<CuratedBatches>();
        services.AddSingleton<IngestPipeline>();

        // Curation (src/Ingest/Curate): the re-deriving parts need ICurationStore, which the chosen store provides (AddGraphStore).
        services.AddSingleton(sp => new Rederiver(
            sp.GetRequiredService<IGraphStore>(), sp.GetRequiredService<ICurationStore>(), sp.GetRequiredService<IExtractor>(),
            sp.GetRequiredService<EntityResolver>(), sp.GetRequiredService<CuratedBatches>(), sp.GetRequiredService<IDecisionLog>()));
        services.AddSingleton<CurationService>();
        services.AddSingleton<Reextractor>();
        services.AddSingleton<DuplicateFinder>();
        services.AddSingleton<CandidateQueue>();
        services.AddSingleton<SafeHttpFetcher>();
        services.AddSingleton<InputReader>();
        return services;
    }
}
