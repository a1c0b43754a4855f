using GraphQL;
using KnowledgeGraph.GraphApi.Graph.Errors;
using KnowledgeGraph.GraphApi.Graph.Paging;
using KnowledgeGraph.GraphApi.Graph.Types;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.GraphApi.Graph.Queries;

/// <summary>
/// timeline, positions, changes, topEntities and the counts. Timelines and positions are read through the graph-store port
/// (an entity's relations) so every store answers them; the rest are network queries.
/// </summary>
public static class DashboardResolvers
{
    public static async Task<Connection<Relation>> TimelineAsync(IResolveFieldContext context)
    {
        var id = context.GetArgument<string>("id");
        var (first, after) = NetworkResolvers.Paging(context);
        var from = context.GetArgument<DateOnly?>("from");
        var to = context.GetArgument<DateOnly?>("to");
        if (from > to)
        {
            throw GraphQueryException.BadInput("from must not be after to.");
        }

        await GraphWalkResolvers.RequireEntitiesAsync(context, id);
        var filter = GraphWalkResolvers.Filter(context);
        var relations = await context.Store().GetRelationsAsync([id], filter, context.CancellationToken);

        // A relation belongs to the window when the span it was stated over overlaps it; undated ones only without a window.
        var inWindow = relations.Where(r => (from is null && to is null)
            || (r.FirstSeen is { } firstSeen
                && (to is null || DateOnly.FromDateTime(firstSeen.UtcDateTime) <= to)
                && (from is null || DateOnly.FromDateTime((r.LastSeen ?? firstSeen).UtcDateTime) >= from)));
        return Connections.Slice(ByDate(inWindow, context.GetArgument("order", SortOrderEnum.Ascending)), first, after);
    }

    public static async Task<IReadOnlyList<Relation>> PositionsAsync(IResolveFieldContext context)
    {
        var id = context.GetArgument<string>("personId");
        await GraphWalkResolvers.RequireEntitiesAsync(context, id);
        var filter = new RelationFilter { Types = [RelationTypes.HoldsPosition], Direction = RelationDirection.Outgoing };
        var held = await context.Store().GetRelationsAsync([id], filter, context.CancellationToken);
        var organization = context.GetArgument<string?>("organizationId");
        return ByDate(held.Where(r => r.SourceId == id && (organization is null || r.TargetId == organization)), context.GetArgument("order", SortOrderEnum.Ascending));
    }

    public static async Task<Connection<GraphChange>> ChangesAsync(IResolveFieldContext context)
    {
        var (first, after) = NetworkResolvers.Paging(context);
        var since = context.GetArgument<DateTimeOffset>("since");
        var page = await NetworkResolvers.StoreCall(() => context.Network().GetChangesAsync(since, new PageRequest(first, after), context.CancellationToken));
        context.Loaders().Prime(page.Items.Where(c => c.Entity is not null).Select(c => c.Entity!));
        return Connections.FromPage(page, after);
    }

    public static async Task<Connection<RankedEntity>> TopEntitiesAsync(IResolveFieldContext context)
    {
        var (first, after) = NetworkResolvers.Paging(context);
        var kinds = context.GetArgument<List<string>?>("kinds");
        var filter = new EntityFilter
        {
            Type = context.GetArgument<string?>("type") ?? (kinds is { Count: > 0 } ? EntityTypes.Organization : null),
            Kinds = kinds is { Count: > 0 } ? kinds : null,
        };
        var measure = context.GetArgument("by", EntityMeasure.Relations);
        var page = await NetworkResolvers.StoreCall(() => context.Network().RankEntitiesAsync(measure, filter, new PageRequest(first, after), context.CancellationToken));
        context.Loaders().Prime(page.Items.Select(r => r.Entity));
        return Connections.FromPage(page, after);
    }

    public static async Task<IEnumerable<KeyValuePair<string, int>>> CountsByKindAsync(IResolveFieldContext context) =>
        Pairs(await context.Network().CountByKindAsync(context.GetArgument("type", EntityTypes.Organization), context.CancellationToken));

    public static async Task<IEnumerable<KeyValuePair<string, int>>> CountsByProvinceAsync(IResolveFieldContext context)
    {
        var kinds = context.GetArgument<List<string>?>("kinds");
        var filter = new EntityFilter { Type = context.GetArgument("type", EntityTypes.Organization), Kinds = kinds is { Count: > 0 } ? kinds : null };
        return Pairs(await context.Network().CountByProvinceAsync(filter, context.CancellationToken));
    }

    public static async Task<IEnumerable<KeyValuePair<string, int>>> ArticlesByMonthAsync(IResolveFieldContext context) =>
        Pairs(await context.Network().CountArticlesByMonthAsync(context.GetArgument<DateOnly?>("from"), context.GetArgument<DateOnly?>("to"), context.CancellationToken));

    private static IEnumerable<KeyValuePair<string, int>> Pairs(IReadOnlyList<NamedCount> counts) => counts.Select(c => KeyValuePair.Create(c.Name, c.Count));

    /// <summary>By first seen (undated last either way), then type and id so equal dates keep a stable order for cursors.</summary>
    private static List<Relation> ByDate(IEnumerable<Relation> relations, string order)
    {
        var dated = relations.Where(r => r.FirstSeen is not null);
        var ordered = order == SortOrderEnum.Descending
            ? dated.OrderByDescending(r => r.FirstSeen)
            : dated.OrderBy(r => r.FirstSeen);
        return ordered.ThenBy(r => r.Type, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Concat(relations.Where(r => r.FirstSeen is null).OrderBy(r => r.Type, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal))
            .ToList();
    }
}
