using GraphQL.Types;
using KnowledgeGraph.GraphApi.Graph.Mutations;
using KnowledgeGraph.GraphApi.Graph.Queries;

namespace KnowledgeGraph.GraphApi.Graph;

/// <summary>The knowledge-graph schema: reads on Query, ingestion on Mutation.</summary>
public sealed class KnowledgeGraphSchema : Schema
{
    public KnowledgeGraphSchema(IServiceProvider services, QueryGraphType query, MutationGraphType mutation)
        : base(services)
    {
        Description = "Knowledge graph of China's science-and-technology organisation network, built from Chinese news with evidence.";
        Query = query;
        Mutation = mutation;
    }
}
