using KnowledgeGraph.GraphApi.Bootstrap;
using KnowledgeGraph.GraphApi.Security;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphApi.Hosting;

/// <summary>The Api section: keys, the sample-corpus seeding, and their validation at start.</summary>
public static class ApiServiceCollectionExtensions
{
    public static IServiceCollection AddApiOptions(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<ApiOptions>, ApiOptionsValidator>();
        services.AddSingleton<ApiKeyAuthenticator>();
        return services;
    }

    /// <summary>Register after AddGraphStore: hosted services start in order, and the store must be initialised first.</summary>
    public static IServiceCollection AddSampleCorpusSeeding(this IServiceCollection services)
    {
        services.AddHostedService<SampleCorpusSeeder>();
        return services;
    }
}
