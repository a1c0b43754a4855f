using GraphQL.Types;
using KnowledgeGraph.GraphApi.Graph.Paging;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>A broker ranking and the subgraph it was computed in.</summary>
public sealed class BrokerRankingGraphType : ObjectGraphType<BrokerRankingResult>
{
    public BrokerRankingGraphType()
    {
        Name = "BrokerRanking";
        Description = "Brokers ranked within the subgraph induced by the scope, and the size of that subgraph.";
        Field<NonNullGraphType<ConnectionGraphType<BrokerGraphType, Broker>>>("brokers").Description("The ranking, most central first.").Resolve(c => c.Source.Brokers);
        Field<NonNullGraphType<IntGraphType>>("scopeNodes").Description("Entities in the scope subgraph.").Resolve(c => c.Source.ScopeNodes);
        Field<NonNullGraphType<IntGraphType>>("scopeEdges").Description("Distinct linked pairs in the scope subgraph.").Resolve(c => c.Source.ScopeEdges);
        Field<NonNullGraphType<BooleanGraphType>>("sampled")
            .Description("True when the scope exceeded GraphQL:MaxExactBetweennessNodes and betweenness was estimated from sampled sources.")
            .Resolve(c => c.Source.Sampled);
    }
}
