using KnowledgeGraph.GraphApi.Graph.Errors;

namespace KnowledgeGraph.GraphApi.Graph.Paging;

/// <summary>
/// Turns a caller's <c>first</c> into a page size. Too large is an error, not a silent clamp: a client that asked for 500 and
/// got 100 without being told would believe it had everything.
/// </summary>
public static class PageSize
{
    public static int Resolve(int? first, GraphQLLimits limits)
    {
        if (first is null)
        {
            return Math.Min(limits.DefaultPageSize, limits.MaxPageSize);
        }

        if (first < 0)
        {
            throw GraphQueryException.BadInput("first must not be negative.");
        }

        return first > limits.MaxPageSize ? throw GraphQueryException.PageSizeExceeded(first.Value, limits.MaxPageSize) : first.Value;
    }
}
