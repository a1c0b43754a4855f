using KnowledgeGraph.Model.Graph;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>Finds the linking entities in one query, then loads their links, the links' evidence and the entities (four in all).</summary>
internal sealed class LinkingEntitySearch(GraphQueries queries)
{
    public async Task<IReadOnlyList<LinkingEntity>> RunAsync(
        SqliteConnection c, IReadOnlyCollection<string> entityIds, string? kind, IReadOnlyCollection<string> relationTypes, CancellationToken ct)
    {
        var given = entityIds.Distinct().ToList();
        var types = relationTypes.Count == 0 ? null : relationTypes.ToList();
        var linkerIds = await queries.LinkingEntityIdsAsync(c, given, kind, types, ct);
        if (linkerIds.Count == 0)
        {
            return [];
        }

        var links = await queries.WithEvidenceAsync(c, await queries.RelationsBetweenAsync(c, linkerIds, given, types, ct), ct);
        var entities = (await queries.EntitiesByIdsAsync(c, linkerIds, ct)).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var givenSet = given.ToHashSet(StringComparer.Ordinal);

        // A relation between two given entities that are both linkers belongs to each of them, seen from its end.
        return linkerIds
            .Where(entities.ContainsKey)
            .Select(id => new LinkingEntity(entities[id], links
                .Where(l => (l.SourceId == id && givenSet.Contains(l.TargetId)) || (l.TargetId == id && givenSet.Contains(l.SourceId)))
                .ToList()))
            .ToList();
    }
}
