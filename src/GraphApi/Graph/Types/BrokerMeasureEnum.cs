using GraphQL.Types;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>How brokers are ranked.</summary>
public sealed class BrokerMeasureEnum : EnumerationGraphType<BrokerMeasure>
{
    public BrokerMeasureEnum()
    {
        Name = "BrokerMeasure";
        Description = "DEGREE: distinct neighbours within the scope. BETWEENNESS: how many shortest paths between other scope entities pass through it.";
    }
}
