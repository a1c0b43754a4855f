using KnowledgeGraph.GraphApi.Graph.Loading;
using KnowledgeGraph.GraphApi.Security;

namespace KnowledgeGraph.GraphApi.Graph;

/// <summary>The GraphQL user context of one request: who is calling, how, and the request's batch loaders.</summary>
public sealed class GraphRequestContext(ApiCaller caller, GraphLoaders loaders, bool arrivedByGet) : Dictionary<string, object?>
{
    public ApiCaller Caller { get; } = caller;
    public GraphLoaders Loaders { get; } = loaders;

    /// <summary>GET must be safe (it is cached and prefetched), so it may carry queries only.</summary>
    public bool ArrivedByGet { get; } = arrivedByGet;
}
