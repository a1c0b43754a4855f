using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Model.Graph;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>An entity that partners with both asked-for entities.</summary>
public sealed class CommonPartnerGraphType : ObjectGraphType<LinkingEntity>
{
    public CommonPartnerGraphType()
    {
        Name = "CommonPartner";
        Description = "An entity related to both a and b by one of the partnering relation types.";
        Field<NonNullGraphType<EntityGraphType>>("partner").Description("The common partner.").Resolve(c => c.Source.Entity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("links")
            .Description("Its relations with a and with b, with evidence.")
            .WithComplexityImpact(1, 2)
            .Resolve(c => c.Source.Links);
    }
}
