using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Sqlite;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// Level-by-level breadth-first search, the embedded store's algorithm on Neo4j: one read/relations_touching per level
/// (the whole frontier at once, evidence included), then one read for the nodes, so depth + 1 requests. Doing the
/// level loop here rather than in one variable-length Cypher pattern keeps the cap rule (nodes most tied to the
/// frontier first, ties by id) and the symmetric-type rule identical to the embedded store's.
/// </summary>
internal sealed class Neo4jNeighborhoodSearch(Neo4jQueries queries)
{
    public async Task<Subgraph> RunAsync(string startId, int depth, RelationFilter filter, int maxNodes, CancellationToken ct)
    {
        var order = new List<string> { startId };
        var seen = new HashSet<string>(StringComparer.Ordinal) { startId };
        var edges = new Dictionary<string, Relation>(StringComparer.Ordinal);
        var frontier = new HashSet<string>(StringComparer.Ordinal) { startId };
        var truncated = false;

        for (var level = 1; level <= depth && frontier.Count > 0 && !truncated; level++)
        {
            var relations = await queries.RelationsTouchingAsync(frontier, filter.Direction, filter.Types, ct);
            var reached = CountLinksToNewNodes(relations, frontier, seen, filter.Direction);

            var room = maxNodes - order.Count;
            var added = reached.OrderByDescending(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal)
                .Take(room).Select(n => n.Key).ToList();
            truncated = reached.Count > room;

            order.AddRange(added);
            seen.UnionWith(added);
            frontier = added.ToHashSet(StringComparer.Ordinal);
            foreach (var r in relations.Where(r => seen.Contains(r.SourceId) && seen.Contains(r.TargetId)))
            {
                edges.TryAdd(r.Id, r);
            }
        }

        var entities = (await queries.EntitiesByIdsAsync(order, ct)).ToDictionary(e => e.Id, StringComparer.Ordinal);
        if (!entities.ContainsKey(startId))
        {
            return new Subgraph([], [], false);
        }

        return new Subgraph(order.Where(entities.ContainsKey).Select(id => entities[id]).ToList(), edges.Values.ToList(), truncated);
    }

    private Dictionary<string, int> CountLinksToNewNodes(
        List<Relation> relations, HashSet<string> frontier, HashSet<string> seen, RelationDirection direction)
    {
        var reached = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in relations)
        {
            foreach (var (_, to) in RelationWalk.Steps(r, frontier, direction, queries.SymmetricTypes))
            {
                if (!seen.Contains(to))
                {
                    reached[to] = reached.GetValueOrDefault(to) + 1;
                }
            }
        }

        return reached;
    }
}
