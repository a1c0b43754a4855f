using GraphQL.Types;
using KnowledgeGraph.GraphApi.Graph.Types;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.GraphApi.Graph.Queries;

/// <summary>Declares the analysts' network questions on Query: coParticipants, commonPartners, brokers.</summary>
public static class NetworkQueryFields
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionGraphType<CoParticipantGraphType, CoParticipant>>>("coParticipants")
            .Description("Who organised or attended the same events as an entity, most shared events first (then name).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The entity whose events are compared.")
            .Argument<ListGraphType<NonNullGraphType<EntityTypeEnum>>>("types", "Only co-participants of these types (default: all).")
            .PagingArguments()
            .ResolveAsync(async c => await NetworkResolvers.CoParticipantsAsync(c));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommonPartnerGraphType>>>>("commonPartners")
            .Description("Who partners with both a and b, most links first.")
            .Argument<NonNullGraphType<IdGraphType>>("a", "One entity.")
            .Argument<NonNullGraphType<IdGraphType>>("b", "The other entity.")
            .Argument<ListGraphType<NonNullGraphType<RelationTypeEnum>>>("relationTypes", "Relations that count as partnering (default PARTNERS_WITH).")
            .ResolveAsync(async c => await NetworkResolvers.CommonPartnersAsync(c));

        query.Field<NonNullGraphType<BrokerRankingGraphType>>("brokers")
            .Description(
                "Entities ranked by degree or betweenness within the subgraph induced by a scope (types, kinds, region). " +
                "Which overseas societies connect most provincial associations: types [ORGANIZATION, EVENT], kinds [OVERSEAS_SOCIETY, ASSOCIATION], rankKinds [OVERSEAS_SOCIETY], by BETWEENNESS.")
            .Argument<BrokerMeasureEnum>("by", "DEGREE (default) or BETWEENNESS.", a => a.DefaultValue = BrokerMeasure.Degree)
            .Argument<ListGraphType<NonNullGraphType<EntityTypeEnum>>>("types", "Entity types in scope (default: all).")
            .Argument<ListGraphType<NonNullGraphType<OrganizationKindEnum>>>("kinds", "Organization kinds in scope (default: all); other types are not held to it.")
            .Argument<StringGraphType>("region", "Province the scope is limited to (广东, 北京 …; see countsByProvince for the names).")
            .Argument<ListGraphType<NonNullGraphType<RelationTypeEnum>>>("relationTypes", "Relations that link the scope (default: all).")
            .Argument<ListGraphType<NonNullGraphType<OrganizationKindEnum>>>("rankKinds", "Rank only organizations of these kinds (default: everything in scope).")
            .PagingArguments()
            .ResolveAsync(async c => await NetworkResolvers.BrokersAsync(c));
    }
}
