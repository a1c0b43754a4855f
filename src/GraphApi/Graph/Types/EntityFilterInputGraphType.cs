using GraphQL.Types;
using KnowledgeGraph.GraphApi.Graph.Queries;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>Filter of the people, events and programs lists.</summary>
public sealed class EntityFilterInputGraphType : InputObjectGraphType<ListFilter>
{
    public EntityFilterInputGraphType()
    {
        Name = "EntityFilter";
        Description = "Narrows an entity list.";
        Field<StringGraphType>("nameContains").Description("Part of the name or of any alias (广州 finds 广州市科协).");
    }
}
