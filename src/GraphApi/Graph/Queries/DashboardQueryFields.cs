using GraphQL.Types;
using KnowledgeGraph.GraphApi.Graph.Types;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.GraphApi.Graph.Queries;

/// <summary>Declares timelines, positions, changes, top-N lists and counts on Query.</summary>
public static class DashboardQueryFields
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionGraphType<RelationGraphType, Relation>>>("timeline")
            .Description("An entity's relations (its events among them) by the date they were first stated, with evidence; undated ones last.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The entity.")
            .Argument<Types.DateGraphType>("from", "Only relations stated on or after this date (undated ones are then left out).")
            .Argument<Types.DateGraphType>("to", "Only relations first stated on or before this date.")
            .Argument<ListGraphType<NonNullGraphType<RelationTypeEnum>>>("relationTypes", "Only these relation types (default: all).")
            .Argument<SortOrderEnum>("order", "ASC (default) or DESC by first seen.", a => a.DefaultValue = SortOrderEnum.Ascending)
            .PagingArguments()
            .ResolveAsync(async c => await DashboardResolvers.TimelineAsync(c));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PositionGraphType>>>>("positions")
            .Description("Posts a person held, by organization, over time (HOLDS_POSITION relations ordered by first seen).")
            .Argument<NonNullGraphType<IdGraphType>>("personId", "The person.")
            .Argument<IdGraphType>("organizationId", "Only posts at this organization.")
            .Argument<SortOrderEnum>("order", "ASC (default) or DESC by first seen.", a => a.DefaultValue = SortOrderEnum.Ascending)
            .ResolveAsync(async c => await DashboardResolvers.PositionsAsync(c));

        query.Field<NonNullGraphType<ConnectionGraphType<GraphChangeGraphType, GraphChange>>>("changes")
            .Description("Entities and relations that articles ingested at or after 'since' added or supported again, oldest change first (page forward to follow).")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("since", "Ingestion time to list changes from.")
            .PagingArguments()
            .ResolveAsync(async c => await DashboardResolvers.ChangesAsync(c));

        query.Field<NonNullGraphType<ConnectionGraphType<RankedEntityGraphType, RankedEntity>>>("topEntities")
            .Description("Entities ranked by a measure, most first (then name).")
            .Argument<EntityMeasureEnum>("by", "RELATIONS (default), NEIGHBORS or ARTICLES.", a => a.DefaultValue = EntityMeasure.Relations)
            .Argument<EntityTypeEnum>("type", "Only this entity type (default: all, or ORGANIZATION when kinds are given).")
            .Argument<ListGraphType<NonNullGraphType<OrganizationKindEnum>>>("kinds", "Only organizations of these kinds.")
            .PagingArguments()
            .ResolveAsync(async c => await DashboardResolvers.TopEntitiesAsync(c));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NamedCountGraphType>>>>("countsByKind")
            .Description("Entities of a type counted by organization kind (Unknown when none), most first.")
            .Argument<EntityTypeEnum>("type", "Which entities (default ORGANIZATION).", a => a.DefaultValue = EntityTypes.Organization)
            .ResolveAsync(async c => await DashboardResolvers.CountsByKindAsync(c));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NamedCountGraphType>>>>("countsByProvince")
            .Description("Entities counted by province, from their province or location property or a place at the start of the name (Unknown when none), most first.")
            .Argument<EntityTypeEnum>("type", "Which entities (default ORGANIZATION).", a => a.DefaultValue = EntityTypes.Organization)
            .Argument<ListGraphType<NonNullGraphType<OrganizationKindEnum>>>("kinds", "Only organizations of these kinds.")
            .ResolveAsync(async c => await DashboardResolvers.CountsByProvinceAsync(c));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NamedCountGraphType>>>>("articlesByMonth")
            .Description("Articles per publication month (yyyy-MM), oldest first; undated articles are not counted.")
            .Argument<Types.DateGraphType>("from", "First publication date counted.")
            .Argument<Types.DateGraphType>("to", "Last publication date counted.")
            .ResolveAsync(async c => await DashboardResolvers.ArticlesByMonthAsync(c));
    }
}
