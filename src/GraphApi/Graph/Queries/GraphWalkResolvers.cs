using GraphQL;
using KnowledgeGraph.GraphApi.Graph.Errors;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.GraphApi.Graph.Queries;

/// <summary>neighborhood and paths: walks the store answers natively, bounded by the GraphQL limits.</summary>
public static class GraphWalkResolvers
{
    public static async Task<Subgraph> NeighborhoodAsync(IResolveFieldContext context)
    {
        var limits = context.Limits();
        var id = context.GetArgument<string>("id");
        var depth = InRange(context.GetArgument("depth", 1), "depth", 1, limits.MaxNeighborhoodDepth);
        var maxNodes = InRange(context.GetArgument("maxNodes", 100), "maxNodes", 1, limits.MaxNeighborhoodNodes);
        await RequireEntitiesAsync(context, id);
        if (context.GetArgument<List<string>?>("types") is { Count: > 0 } || context.GetArgument<List<string>?>("kinds") is { Count: > 0 })
        {
            return await NetworkResolvers.FilteredNeighborhoodAsync(context, depth, maxNodes, Filter(context));
        }

        var subgraph = await context.Store().GetNeighborhoodAsync(id, depth, Filter(context), maxNodes, context.CancellationToken);
        context.Loaders().Prime(subgraph.Nodes);
        return subgraph;
    }

    public static async Task<IReadOnlyList<GraphPath>> PathsAsync(IResolveFieldContext context)
    {
        var limits = context.Limits();
        var from = context.GetArgument<string>("from");
        var to = context.GetArgument<string>("to");
        var maxHops = InRange(context.GetArgument("maxHops", 4), "maxHops", 1, limits.MaxPathHops);
        var maxPaths = context.GetArgument("allShortest", true)
            ? InRange(context.GetArgument("maxPaths", 10), "maxPaths", 1, limits.MaxPaths)
            : 1;
        await RequireEntitiesAsync(context, from, to);

        var paths = await context.Store().FindPathsAsync(from, to, maxHops, Filter(context), maxPaths, context.CancellationToken);
        context.Loaders().Prime(paths.SelectMany(p => p.Nodes));
        return paths;
    }

    internal static RelationFilter Filter(IResolveFieldContext context) =>
        new() { Types = context.GetArgument<List<string>?>("relationTypes") is { Count: > 0 } types ? types : null };

    private static int InRange(int value, string name, int min, int max) =>
        value < min || value > max ? throw GraphQueryException.BadInput($"{name} must be between {min} and {max}; it was {value}.") : value;

    internal static async Task RequireEntitiesAsync(IResolveFieldContext context, params string[] ids)
    {
        var found = await context.Store().GetEntitiesAsync(ids, context.CancellationToken);
        context.Loaders().Prime(found);
        var missing = ids.Except(found.Select(e => e.Id), StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw GraphQueryException.NotFound($"No entity has the id {string.Join(", ", missing)}.");
        }
    }
}
