using GraphQL.Types;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>A calendar date without time, as yyyy-MM-dd (publication dates of Chinese news carry no time of day).</summary>
public sealed class DateGraphType : DateOnlyGraphType
{
    public DateGraphType()
    {
        Name = "Date";
        Description = "A calendar date, ISO 8601 yyyy-MM-dd.";
    }
}
