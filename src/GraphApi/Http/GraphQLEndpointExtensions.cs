namespace KnowledgeGraph.GraphApi.Http;

/// <summary>Maps GraphQL over HTTP; methods other than GET and POST get 405 from routing.</summary>
public static class GraphQLEndpointExtensions
{
    public static IEndpointRouteBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], (HttpContext http, GraphQLHttpHandler handler) => handler.HandleAsync(http))
            .WithName("GraphQL")
            .RequireCors(CorsExtensions.PolicyName)
            .RequireRateLimiting(RateLimitingExtensions.PolicyName);
        return endpoints;
    }
}
