using GraphQL.Types;
using KnowledgeGraph.GraphApi.Graph.Paging;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>A Relay edge named after its node type (OrganizationEdge, RelationEdge …).</summary>
public sealed class EdgeGraphType<TNodeGraphType, TNode> : ObjectGraphType<Edge<TNode>>
    where TNodeGraphType : IGraphType
{
    public EdgeGraphType()
    {
        var node = GraphTypeNames.Of<TNodeGraphType>();
        Name = node + "Edge";
        Description = $"One {node} of a page and its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as 'after' to continue the list after this item.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeGraphType>>("node").Description("The item.").Resolve(c => c.Source.Node);
    }
}
