using System.Text;
using System.Text.Json;
using GraphQL;
using KnowledgeGraph.GraphApi.Graph.Errors;
using KnowledgeGraph.GraphApi.Graph.Paging;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.GraphApi.Graph.Queries;

/// <summary>
/// search(name, types): name-or-alias search over several entity types. The store lists one type (or all) per call, so
/// a subset of types is answered by merging one page per type; the cursor carries each type's own store cursor, which
/// keeps paging exact (no item twice, none skipped) whatever order the merge takes.
/// </summary>
public static class EntitySearch
{
    public static async Task<Connection<Entity>> ResolveAsync(IResolveFieldContext context)
    {
        var name = context.GetArgument<string>("name").Trim();
        if (name.Length == 0)
        {
            throw GraphQueryException.BadInput("name must not be empty.");
        }

        var first = PageSize.Resolve(context.GetArgument<int?>("first"), context.Limits());
        var after = context.GetArgument<string?>("after");
        var ontology = context.Service<KnowledgeOntology>();
        var types = (context.GetArgument<List<string>?>("types") ?? []).Distinct(StringComparer.Ordinal).ToList();
        var store = context.Store();

        if (types.Count == 1 || types.Count == 0 || types.Count == ontology.EntityTypes.Count)
        {
            var filter = new EntityFilter { Type = types.Count == 1 ? types[0] : null, NameContains = name };
            var page = await store.ListEntitiesAsync(filter, new PageRequest(first, after), context.CancellationToken);
            return Connections.FromPage(page, after);
        }

        return await MergeAsync(store, name, types, first, after, context.CancellationToken);
    }

    private static async Task<Connection<Entity>> MergeAsync(
        IGraphStore store, string name, List<string> types, int first, string? after, CancellationToken ct)
    {
        var positions = after is null ? [] : DecodeCursor(after);
        var pages = new Dictionary<string, Page<Entity>>();
        foreach (var type in types)
        {
            var filter = new EntityFilter { Type = type, NameContains = name };
            pages[type] = await store.ListEntitiesAsync(filter, new PageRequest(first, positions.GetValueOrDefault(type)), ct);
        }

        var merged = pages
            .SelectMany(p => p.Value.Items.Select((item, i) => (Type: p.Key, Item: item, Cursor: p.Value.Cursors[i])))
            .OrderBy(x => x.Item.Name, StringComparer.Ordinal)
            .ThenBy(x => x.Item.Id, StringComparer.Ordinal)
            .Take(first)
            .ToList();

        var edges = new List<Edge<Entity>>(merged.Count);
        var consumed = types.ToDictionary(t => t, _ => 0);
        foreach (var (type, item, cursor) in merged)
        {
            positions[type] = cursor;
            consumed[type]++;
            edges.Add(new Edge<Entity>(EncodeCursor(positions), item));
        }

        var hasNext = pages.Any(p => consumed[p.Key] < p.Value.Items.Count || p.Value.HasNextPage);
        var info = new PageInfo(hasNext, after is not null, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Connection<Entity>(edges, info, pages.Values.Sum(p => p.TotalCount));
    }

    private static string EncodeCursor(Dictionary<string, string?> positions) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(positions));

    private static Dictionary<string, string?> DecodeCursor(string cursor)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string?>>(Encoding.UTF8.GetString(Convert.FromBase64String(cursor)))
                ?? throw new FormatException();
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            throw GraphQueryException.BadInput($"'{cursor}' is not a cursor of this search; pass an endCursor it returned.");
        }
    }
}
