using GraphQL;
using KnowledgeGraph.GraphApi.Graph.Errors;
using KnowledgeGraph.Model;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.GraphApi.Graph.Queries;

/// <summary>
/// linkingOrganizations: "which alliances link 广州市科协 and 深圳市科协". Members may be given by id or by name (resolved
/// through names and aliases); a name that resolves to nothing is an error, since answering for the others alone would
/// look like an answer to the question asked.
/// </summary>
public static class LinkingResolver
{
    public static async Task<IReadOnlyList<LinkingEntity>> ResolveAsync(IResolveFieldContext context)
    {
        var memberIds = context.GetArgument<List<string>?>("members") ?? [];
        var memberNames = (context.GetArgument<List<string>?>("memberNames") ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).ToList();
        var kind = context.GetArgument<string?>("kind");
        var relationTypes = context.GetArgument<List<string>?>("relationTypes") is { Count: > 0 } types
            ? types
            : [RelationTypes.MemberOf, RelationTypes.Founded];
        var store = context.Store();

        var ids = new HashSet<string>(memberIds, StringComparer.Ordinal);
        if (memberNames.Count > 0)
        {
            var found = await store.FindByNamesAsync(memberNames, context.CancellationToken);
            context.Loaders().Prime(found);
            var unknown = memberNames.Where(n => !found.Any(e => Names(e).Contains(Ids.Normalize(n)))).ToList();
            if (unknown.Count > 0)
            {
                throw GraphQueryException.NotFound($"No entity is named {string.Join("、", unknown)}.");
            }

            ids.UnionWith(found.Select(e => e.Id));
        }

        if (ids.Count < 2)
        {
            throw GraphQueryException.BadInput("Give at least two members (members or memberNames) to look for what links them.");
        }

        var linking = await store.FindLinkingEntitiesAsync(ids, kind, relationTypes, context.CancellationToken);
        var organizations = linking.Where(l => l.Entity.Type == EntityTypes.Organization).ToList();
        context.Loaders().Prime(organizations.Select(l => l.Entity));
        return organizations;
    }

    private static HashSet<string> Names(Entity entity) =>
        entity.Aliases.Append(entity.Name).Select(Ids.Normalize).ToHashSet(StringComparer.Ordinal);
}
