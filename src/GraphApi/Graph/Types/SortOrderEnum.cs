using GraphQL.Types;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>Oldest or newest first, for date-ordered lists.</summary>
public sealed class SortOrderEnum : EnumerationGraphType
{
    public const string Ascending = "ASC";
    public const string Descending = "DESC";

    public SortOrderEnum()
    {
        Name = "SortOrder";
        Description = "Direction of a date-ordered list.";
        Add(Ascending, Ascending, "Oldest first (undated last).");
        Add(Descending, Descending, "Newest first (undated last).");
    }
}
