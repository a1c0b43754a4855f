using GraphQL;
using KnowledgeGraph.GraphApi.Graph.Errors;
using KnowledgeGraph.GraphApi.Graph.Paging;
using KnowledgeGraph.GraphApi.Graph.Types;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.GraphApi.Graph.Queries;

/// <summary>coParticipants, commonPartners, brokers and the kind-filtered neighbourhood: the analysts' network questions.</summary>
public static class NetworkResolvers
{
    public static async Task<Connection<CoParticipant>> CoParticipantsAsync(IResolveFieldContext context)
    {
        var id = context.GetArgument<string>("id");
        var (first, after) = Paging(context);
        await GraphWalkResolvers.RequireEntitiesAsync(context, id);
        var types = context.GetArgument<List<string>?>("types");
        var page = await StoreCall(() => context.Network().FindCoParticipantsAsync(id, types, new PageRequest(first, after), context.CancellationToken));
        context.Loaders().Prime(page.Items.Select(p => p.Entity));
        return Connections.FromPage(page, after);
    }

    /// <summary>Answered by the graph-store port (linking entities of exactly a and b), so every store answers it.</summary>
    public static async Task<IReadOnlyList<LinkingEntity>> CommonPartnersAsync(IResolveFieldContext context)
    {
        var a = context.GetArgument<string>("a");
        var b = context.GetArgument<string>("b");
        if (a == b)
        {
            throw GraphQueryException.BadInput("a and b must be two different entities.");
        }

        await GraphWalkResolvers.RequireEntitiesAsync(context, a, b);
        var types = context.GetArgument<List<string>?>("relationTypes") is { Count: > 0 } given ? given : [RelationTypes.PartnersWith];
        var partners = await context.Store().FindLinkingEntitiesAsync([a, b], null, types, context.CancellationToken);
        context.Loaders().Prime(partners.Select(p => p.Entity));
        return partners;
    }

    public static async Task<BrokerRankingResult> BrokersAsync(IResolveFieldContext context)
    {
        var (first, after) = Paging(context);
        var kinds = context.GetArgument<List<string>?>("kinds");
        var query = new BrokerQuery(context.GetArgument("by", BrokerMeasure.Degree))
        {
            Types = context.GetArgument<List<string>?>("types"),
            Kinds = kinds,
            Province = context.GetArgument<string?>("region"),
            RelationTypes = context.GetArgument<List<string>?>("relationTypes"),
            RankKinds = context.GetArgument<List<string>?>("rankKinds"),
            MaxExactNodes = context.Limits().MaxExactBetweennessNodes,
        };
        var ranking = await StoreCall(() => context.Network().RankBrokersAsync(query, new PageRequest(first, after), context.CancellationToken));
        context.Loaders().Prime(ranking.Page.Items.Select(b => b.Entity));
        return new BrokerRankingResult(Connections.FromPage(ranking.Page, after), ranking.ScopeNodes, ranking.ScopeEdges, ranking.Sampled);
    }

    /// <summary>The neighbourhood with an entity-type or kind filter (the port's filtered walk).</summary>
    public static async Task<Subgraph> FilteredNeighborhoodAsync(IResolveFieldContext context, int depth, int maxNodes, RelationFilter relations)
    {
        var id = context.GetArgument<string>("id");
        var query = new NeighborhoodQuery(depth, maxNodes)
        {
            Relations = relations,
            Types = context.GetArgument<List<string>?>("types"),
            Kinds = context.GetArgument<List<string>?>("kinds"),
        };
        var subgraph = await context.Network().GetFilteredNeighborhoodAsync(id, query, context.CancellationToken);
        context.Loaders().Prime(subgraph.Nodes);
        return subgraph;
    }

    internal static (int First, string? After) Paging(IResolveFieldContext context) =>
        (PageSize.Resolve(context.GetArgument<int?>("first"), context.Limits()), context.GetArgument<string?>("after"));

    /// <summary>A cursor the store did not issue is the caller's mistake, not an internal error.</summary>
    internal static async Task<T> StoreCall<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ArgumentException e) when (e.ParamName == "after")
        {
            throw GraphQueryException.BadInput(e.Message.Split(" (Parameter", 2)[0]);
        }
    }
}
