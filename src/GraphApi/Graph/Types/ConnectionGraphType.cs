using GraphQL.Types;
using KnowledgeGraph.GraphApi.Graph.Paging;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>A Relay connection named after its node type (OrganizationConnection, RelationConnection …).</summary>
public sealed class ConnectionGraphType<TNodeGraphType, TNode> : ObjectGraphType<Connection<TNode>>
    where TNodeGraphType : IGraphType
{
    public ConnectionGraphType()
    {
        var node = GraphTypeNames.Of<TNodeGraphType>();
        Name = node + "Connection";
        Description = $"A page of {node} items with cursors; totalCount counts the whole list.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many items the whole list has.").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("Where this page sits in the list.").Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeGraphType, TNode>>>>>("edges")
            .Description("The items of this page, each with its cursor.")
            .Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeGraphType>>>>("nodes")
            .Description("The items of this page, without cursors.")
            .Resolve(c => c.Source.Nodes);
    }
}
