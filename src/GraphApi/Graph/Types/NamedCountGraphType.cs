using GraphQL.Types;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>A count per type, for dashboards.</summary>
public sealed class NamedCountGraphType : ObjectGraphType<KeyValuePair<string, int>>
{
    public NamedCountGraphType()
    {
        Name = "NamedCount";
        Description = "One bucket of a count: a type, kind, province or month, and how many.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The bucket: an entity or relation type, an organization kind, a province (Unknown when none is known) or a month (yyyy-MM).").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many.").Resolve(c => c.Source.Value);
    }
}
