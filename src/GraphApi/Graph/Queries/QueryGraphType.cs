using GraphQL.Types;
using KnowledgeGraph.GraphApi.Graph.Curation;
using KnowledgeGraph.GraphApi.Graph.Types;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.GraphApi.Graph.Queries;

/// <summary>The read side of the API. Resolvers live in the *Resolvers classes beside it; this type only declares fields.</summary>
public sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType()
    {
        Name = "Query";
        Description = "Questions about China's science-and-technology organisation network, answered from the knowledge graph.";

        Field<EntityGraphType>("entity")
            .Description("One entity by id; null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The entity's id.")
            .Resolve(EntityListResolvers.Entity);

        Field<NonNullGraphType<ConnectionGraphType<OrganizationGraphType, Entity>>>("organizations")
            .Description("Organizations ordered by name, filtered by name/alias and kind.")
            .Argument<OrganizationFilterInputGraphType>("filter", "What to keep.")
            .PagingArguments()
            .ResolveAsync(async c => await EntityListResolvers.ListOf(EntityTypes.Organization)(c));

        AddList<PersonGraphType>("people", EntityTypes.Person, "People ordered by name, filtered by name/alias.");
        AddList<EventGraphType>("events", EntityTypes.Event, "Events ordered by name, filtered by name/alias.");
        AddList<ProgramGraphType>("programs", EntityTypes.Program, "Programmes ordered by name, filtered by name/alias.");

        Field<NonNullGraphType<ConnectionGraphType<EntityGraphType, Entity>>>("search")
            .Description("Entities whose name or an alias contains the text, ordered by name.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "Text to find in names and aliases (中国科协, 广州 …).")
            .Argument<ListGraphType<NonNullGraphType<EntityTypeEnum>>>("types", "Only these entity types (default: all).")
            .PagingArguments()
            .ResolveAsync(async c => await EntitySearch.ResolveAsync(c));

        Field<NonNullGraphType<SubgraphGraphType>>("neighborhood")
            .Description("Entities within depth hops of an entity (either direction) and the relations among them.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The centre entity.")
            .Argument<IntGraphType>("depth", "Hops from the centre (default 1; see GraphQL:MaxNeighborhoodDepth).", a => a.DefaultValue = 1)
            .Argument<ListGraphType<NonNullGraphType<RelationTypeEnum>>>("relationTypes", "Follow only these relation types (default: all).")
            .Argument<IntGraphType>("maxNodes", "Stop after this many nodes (default 100; see GraphQL:MaxNeighborhoodNodes).", a => a.DefaultValue = 100)
            .Argument<ListGraphType<NonNullGraphType<EntityTypeEnum>>>("types", "Enter only entities of these types (default: all); the centre is always kept.")
            .Argument<ListGraphType<NonNullGraphType<OrganizationKindEnum>>>("kinds", "Enter only organizations of these kinds (default: all); other types are not held to it.")
            .ResolveAsync(async c => await GraphWalkResolvers.NeighborhoodAsync(c));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathGraphType>>>>("paths")
            .Description("The shortest chains of relations between two entities (all of them, or one), walking relations in either direction; every hop carries its evidence.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "Where the paths start.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "Where the paths end.")
            .Argument<IntGraphType>("maxHops", "Longest path considered (default 4; see GraphQL:MaxPathHops).", a => a.DefaultValue = 4)
            .Argument<ListGraphType<NonNullGraphType<RelationTypeEnum>>>("relationTypes", "Walk only these relation types (default: all).")
            .Argument<IntGraphType>("maxPaths", "Most paths returned (default 10; see GraphQL:MaxPaths).", a => a.DefaultValue = 10)
            .Argument<BooleanGraphType>("allShortest", "Every shortest path up to maxPaths (default true), or just one.", a => a.DefaultValue = true)
            .ResolveAsync(async c => await GraphWalkResolvers.PathsAsync(c));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LinkingOrganizationGraphType>>>>("linkingOrganizations")
            .Description("Organizations related to at least two of the given entities (which alliances link 广州市科协 and 深圳市科协?), most links first.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("members", "Entities by id.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("memberNames", "Entities by name or alias; combined with members.")
            .Argument<OrganizationKindEnum>("kind", "Kind of the linking organization (default ALLIANCE; null for any kind).", a => a.DefaultValue = OrganizationKinds.Alliance)
            .Argument<ListGraphType<NonNullGraphType<RelationTypeEnum>>>(
                "relationTypes",
                "Relations that count as a link (default MEMBER_OF and FOUNDED).",
                a => a.DefaultValue = new List<object> { RelationTypes.MemberOf, RelationTypes.Founded })
            .ResolveAsync(async c => await LinkingResolver.ResolveAsync(c));

        NetworkQueryFields.AddTo(this);
        DashboardQueryFields.AddTo(this);
        CurationQueryFields.AddTo(this);

        Field<NonNullGraphType<StatsGraphType>>("stats")
            .Description("Counts of articles, entities and relations, by type.")
            .ResolveAsync(async c => await c.Store().GetStatsAsync(c.CancellationToken));
    }

    private void AddList<TNodeGraphType>(string name, string entityType, string description)
        where TNodeGraphType : IGraphType =>
        Field<NonNullGraphType<ConnectionGraphType<TNodeGraphType, Entity>>>(name)
            .Description(description)
            .Argument<EntityFilterInputGraphType>("filter", "What to keep.")
            .PagingArguments()
            .ResolveAsync(async c => await EntityListResolvers.ListOf(entityType)(c));
}
