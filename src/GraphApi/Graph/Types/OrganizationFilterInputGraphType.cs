using GraphQL.Types;
using KnowledgeGraph.GraphApi.Graph.Queries;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>Filter of the organizations list.</summary>
public sealed class OrganizationFilterInputGraphType : InputObjectGraphType<ListFilter>
{
    public OrganizationFilterInputGraphType()
    {
        Name = "OrganizationFilter";
        Description = "Narrows the organizations list.";
        Field<StringGraphType>("nameContains").Description("Part of the name or of any alias.");
        Field<ListGraphType<NonNullGraphType<OrganizationKindEnum>>>("kinds").Description("Only organizations of these kinds.");
    }
}
