using GraphQL.Types;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>A count per type, for dashboards.</summary>
public sealed class NamedCountGraphType : ObjectGraphType<KeyValuePair<string, int>>
{
    public NamedCountGraphType()
    {
        Name = "NamedCount";
        Description = "How many items of one type the graph holds.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The entity or relation type.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many.").Resolve(c => c.Source.Value);
    }
}
