using GraphQL.Types;
using KnowledgeGraph.Model.Graph;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>A chain of relations from one entity to another.</summary>
public sealed class PathGraphType : ObjectGraphType<GraphPath>
{
    public PathGraphType()
    {
        Name = "Path";
        Description = "nodes[i] — edges[i] — nodes[i+1]; an edge may be walked against its direction.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityGraphType>>>>("nodes").Description("The entities along the path, from first to last.").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("edges").Description("The relations between consecutive nodes.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<IntGraphType>>("length").Description("Number of hops.").Resolve(c => c.Source.Edges.Count);
    }
}
