using GraphQL.Types;
using KnowledgeGraph.Model.Graph;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>An organization that links several of the asked-for entities.</summary>
public sealed class LinkingOrganizationGraphType : ObjectGraphType<LinkingEntity>
{
    public LinkingOrganizationGraphType()
    {
        Name = "LinkingOrganization";
        Description = "An organization (an alliance, say) related to at least two of the given entities, with the linking relations.";
        Field<NonNullGraphType<OrganizationGraphType>>("organization").Description("The linking organization.").Resolve(c => c.Source.Entity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("links")
            .Description("The relations between it and the given entities, with evidence.")
            .Resolve(c => c.Source.Links);
        Field<NonNullGraphType<IntGraphType>>("linkedCount").Description("How many of the given entities it links.").Resolve(c => c.Source.LinkedCount);
    }
}
