using KnowledgeGraph.GraphApi.Graph.Loading;
using KnowledgeGraph.GraphApi.Security;

namespace KnowledgeGraph.GraphApi.Graph;

/// <summary>The GraphQL user context of one request: who is calling and the request's batch loaders.</summary>
public sealed class GraphRequestContext(ApiCaller caller, GraphLoaders loaders) : Dictionary<string, object?>
{
    public ApiCaller Caller { get; } = caller;
    public GraphLoaders Loaders { get; } = loaders;
}
