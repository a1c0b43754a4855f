using KnowledgeGraph.GraphApi.Hosting;
using KnowledgeGraph.GraphApi.Security;

namespace KnowledgeGraph.GraphApi.Http;

/// <summary>Dashboards on other origins may call /graphql when their origin is listed in Api:Cors:Origins.</summary>
public static class CorsExtensions
{
    public const string PolicyName = "graphql";

    public static IServiceCollection AddApiCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection(ApiOptions.Section).Get<ApiOptions>()?.Cors.Origins ?? [];
        services.AddCors(cors => cors.AddPolicy(PolicyName, policy => policy
            .WithOrigins([.. origins])
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            .WithHeaders("Content-Type", "Accept", "Authorization", ApiKeyAuthenticator.HeaderName)
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        return services;
    }
}
