using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.Store.Analysis;

/// <summary>
/// Level-by-level breadth-first search, the same in both stores: one level read (<see cref="ITraversalReads.NeighborhoodLevelAsync"/>),
/// then one for the nodes and (where the level reads carry none) one for the kept edges' evidence. Doing the level loop
/// here rather than in one recursive query keeps the cap rule (nodes most tied to the frontier first, ties by id) and the
/// symmetric-type rule identical everywhere.
/// </summary>
internal sealed class NeighborhoodSearch(ITraversalReads reads)
{
    public async Task<Subgraph> RunAsync(
        string startId, int depth, RelationFilter filter, int maxNodes, CancellationToken ct)
    {
        var order = new List<string> { startId };
        var seen = new HashSet<string>(StringComparer.Ordinal) { startId };
        var edges = new Dictionary<string, Relation>(StringComparer.Ordinal);
        var frontier = new HashSet<string>(StringComparer.Ordinal) { startId };
        var truncated = false;

        for (var level = 1; level <= depth && frontier.Count > 0 && !truncated; level++)
        {
            // Over the cap, keep the nodes most tied to the frontier (ties by id, so the answer is repeatable).
            var next = await reads.NeighborhoodLevelAsync(frontier, seen, filter, maxNodes - order.Count, ct);
            var (added, relations) = (next.Added, next.Relations);
            truncated = next.Truncated;

            order.AddRange(added);
            seen.UnionWith(added);
            frontier = added.ToHashSet(StringComparer.Ordinal);
            foreach (var r in relations.Where(r => seen.Contains(r.SourceId) && seen.Contains(r.TargetId)))
            {
                edges.TryAdd(r.Id, r);
            }
        }

        var entities = (await reads.EntitiesByIdsAsync(order, ct)).ToDictionary(e => e.Id, StringComparer.Ordinal);
        if (!entities.ContainsKey(startId))
        {
            return new Subgraph([], [], false);
        }

        var nodes = order.Where(entities.ContainsKey).Select(id => entities[id]).ToList();
        return new Subgraph(nodes, await reads.WithEvidenceAsync(edges.Values, ct), truncated);
    }
}
