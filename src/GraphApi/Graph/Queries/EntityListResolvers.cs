using GraphQL;
using KnowledgeGraph.GraphApi.Graph.Paging;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.GraphApi.Graph.Queries;

/// <summary>entity(id) and the per-type lists.</summary>
public static class EntityListResolvers
{
    public static object Entity(IResolveFieldContext context) =>
        context.Loaders().Entities.Load(context.GetArgument<string>("id"));

    public static Func<IResolveFieldContext, Task<Connection<Entity>>> ListOf(string entityType) => context =>
    {
        var filter = context.GetArgument<ListFilter?>("filter");
        return ListAsync(context, new EntityFilter
        {
            Type = entityType,
            NameContains = string.IsNullOrWhiteSpace(filter?.NameContains) ? null : filter.NameContains.Trim(),
            Kinds = filter?.Kinds is { Count: > 0 } kinds ? kinds : null,
        });
    };

    private static async Task<Connection<Entity>> ListAsync(IResolveFieldContext context, EntityFilter filter)
    {
        var first = PageSize.Resolve(context.GetArgument<int?>("first"), context.Limits());
        var after = context.GetArgument<string?>("after");
        var page = await context.Store().ListEntitiesAsync(filter, new PageRequest(first, after), context.CancellationToken);

        // Relations of these entities often point back at them; knowing them saves the endpoint look-up.
        context.Loaders().Prime(page.Items);
        return Connections.FromPage(page, after);
    }
}
