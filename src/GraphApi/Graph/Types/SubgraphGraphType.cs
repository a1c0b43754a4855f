using GraphQL.Types;
using KnowledgeGraph.Model.Graph;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>Nodes and edges a graph view can draw directly.</summary>
public sealed class SubgraphGraphType : ObjectGraphType<Subgraph>
{
    public SubgraphGraphType()
    {
        Name = "Subgraph";
        Description = "Entities around a centre and the relations between them.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityGraphType>>>>("nodes").Description("The entities, the centre included.").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("edges").Description("Relations among the nodes.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("True when maxNodes cut the neighbourhood short.").Resolve(c => c.Source.Truncated);
    }
}
