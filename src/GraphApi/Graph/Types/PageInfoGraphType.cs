using GraphQL.Types;
using KnowledgeGraph.GraphApi.Graph.Paging;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>Relay page info.</summary>
public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Where a page sits in its list.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("Whether items follow this page.").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("Whether this page was asked for with 'after'.").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("Cursor of the first item of the page.").Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor").Description("Cursor of the last item; pass as 'after' for the next page.").Resolve(c => c.Source.EndCursor);
    }
}
