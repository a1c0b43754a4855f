using GraphQL.Types;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>An open-ended key/value fact about an entity or relation (location, 成员单位数@2026-02, title …).</summary>
public sealed class PropertyGraphType : ObjectGraphType<KeyValuePair<string, string>>
{
    public PropertyGraphType()
    {
        Name = "Property";
        Description = "A key/value property as extracted from the text.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("The property name.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("value").Description("The value as written.").Resolve(c => c.Source.Value);
    }
}
