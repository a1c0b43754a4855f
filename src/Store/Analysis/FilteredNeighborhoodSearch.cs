using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.Store.Analysis;

/// <summary>
/// Breadth-first like <see cref="NeighborhoodSearch"/>, but a reached entity joins (and is walked through) only when its type
/// and kind pass the filter, so each level costs two queries (its relations, then the reached entities); 2·depth + 2 in all.
/// </summary>
internal sealed class FilteredNeighborhoodSearch(ITraversalReads reads)
{
    public async Task<Subgraph> RunAsync(string startId, NeighborhoodQuery query, CancellationToken ct)
    {
        var centre = await reads.EntitiesByIdsAsync([startId], ct);
        if (centre.Count == 0)
        {
            return new Subgraph([], [], false);
        }

        var nodes = new List<Entity>(centre);
        var seen = new HashSet<string>(StringComparer.Ordinal) { startId };
        var refused = new HashSet<string>(StringComparer.Ordinal);
        var edges = new Dictionary<string, Relation>(StringComparer.Ordinal);
        var frontier = new HashSet<string>(StringComparer.Ordinal) { startId };
        var truncated = false;
        var direction = query.Relations.Direction;

        for (var level = 1; level <= query.Depth && frontier.Count > 0 && !truncated; level++)
        {
            var relations = await reads.RelationsTouchingAsync(frontier, direction, query.Relations.Types, ct);
            var reached = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var r in relations)
            {
                foreach (var (_, to) in RelationWalk.Steps(r, frontier, direction, reads.SymmetricTypes))
                {
                    if (!seen.Contains(to) && !refused.Contains(to))
                    {
                        reached[to] = reached.GetValueOrDefault(to) + 1;
                    }
                }
            }

            var candidates = await reads.EntitiesByIdsAsync(reached.Keys, ct);
            var admitted = candidates.Where(e => Admits(query, e)).ToList();
            refused.UnionWith(candidates.Where(e => !Admits(query, e)).Select(e => e.Id));

            // Over the cap, keep the entities most tied to the frontier (ties by id, so the answer is repeatable).
            var room = query.MaxNodes - nodes.Count;
            var added = admitted.OrderByDescending(e => reached[e.Id]).ThenBy(e => e.Id, StringComparer.Ordinal).Take(room).ToList();
            truncated = admitted.Count > room;

            nodes.AddRange(added);
            seen.UnionWith(added.Select(e => e.Id));
            frontier = added.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var r in relations.Where(r => seen.Contains(r.SourceId) && seen.Contains(r.TargetId)))
            {
                edges.TryAdd(r.Id, r);
            }
        }

        return new Subgraph(nodes, await reads.WithEvidenceAsync(edges.Values, ct), truncated);
    }

    private static bool Admits(NeighborhoodQuery query, Entity entity) =>
        (query.Types is not { Count: > 0 } types || types.Contains(entity.Type))
        && (query.Kinds is not { Count: > 0 } kinds || entity.Type != EntityTypes.Organization || (entity.Kind is { } kind && kinds.Contains(kind)));
}
