using GraphQL.Builders;
using GraphQL.Types;

namespace KnowledgeGraph.GraphApi.Graph.Queries;

/// <summary>The first/after pair every list takes, described once.</summary>
public static class PagingArgumentsExtensions
{
    public static FieldBuilder<TSource, TReturn> PagingArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field
            .Argument<IntGraphType>("first", "Page size (default GraphQL:DefaultPageSize; more than GraphQL:MaxPageSize is refused with PAGE_SIZE_EXCEEDED).")
            .Argument<StringGraphType>("after", "endCursor of the previous page.");
}
