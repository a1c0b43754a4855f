using GraphQL.Types;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>An entity ranked as a broker.</summary>
public sealed class BrokerGraphType : ObjectGraphType<Broker>
{
    public BrokerGraphType()
    {
        Name = "Broker";
        Description = "An entity and how much it connects others within the scope asked for.";
        Field<NonNullGraphType<EntityGraphType>>("entity").Description("The broker.").Resolve(c => c.Source.Entity);
        Field<NonNullGraphType<IntGraphType>>("degree").Description("Distinct neighbours within the scope.").Resolve(c => c.Source.Degree);
        Field<FloatGraphType>("betweenness")
            .Description("Shortest paths between pairs of other scope entities through it (each unordered pair once; shared paths count fractionally). Null when ranked by DEGREE.")
            .Resolve(c => c.Source.Betweenness);
    }
}
