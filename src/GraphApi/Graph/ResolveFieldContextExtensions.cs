using GraphQL;
using KnowledgeGraph.GraphApi.Graph.Loading;
using KnowledgeGraph.Model.Storage;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphApi.Graph;

/// <summary>Reaches the request's services from a resolver, so schema types stay thin and stateless.</summary>
public static class ResolveFieldContextExtensions
{
    public static GraphRequestContext Request(this IResolveFieldContext context) =>
        context.UserContext as GraphRequestContext
        ?? throw new InvalidOperationException("The GraphQL endpoint must run every request with a GraphRequestContext.");

    public static GraphLoaders Loaders(this IResolveFieldContext context) => context.Request().Loaders;

    public static IGraphStore Store(this IResolveFieldContext context) => context.Service<IGraphStore>();

    /// <summary>The network questions; a store provider without them answers NOT_SUPPORTED rather than failing the whole API.</summary>
    public static INetworkQueries Network(this IResolveFieldContext context) =>
        (context.RequestServices ?? throw new InvalidOperationException("The GraphQL endpoint must pass RequestServices."))
        .GetService<INetworkQueries>()
        ?? throw Errors.GraphQueryException.NotSupported("The configured store provider does not answer network questions yet (Store:Provider = Sqlite does).");

    public static GraphQLLimits Limits(this IResolveFieldContext context) => context.Service<IOptions<GraphQLLimits>>().Value;

    public static T Service<T>(this IResolveFieldContext context)
        where T : notnull =>
        (context.RequestServices ?? throw new InvalidOperationException("The GraphQL endpoint must pass RequestServices."))
        .GetRequiredService<T>();
}
