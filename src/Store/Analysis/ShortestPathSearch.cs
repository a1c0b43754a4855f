using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.Store.Analysis;

/// <summary>
/// All shortest paths by bidirectional breadth-first search: each round expands the smaller frontier by one whole level
/// (one query), recording every edge that reaches a node at its shortest distance. The first round in which the two
/// searches meet fixes the shortest length, and the meeting nodes of that round lie on every shortest path.
/// At most maxHops level queries, plus one for entities and (where level reads carry none) one for evidence. Both stores
/// run it: Cypher's allShortestPaths cannot express "forwards, except symmetric types either way" per relationship,
/// which the port's direction filter means.
/// </summary>
internal sealed class ShortestPathSearch(ITraversalReads reads)
{
    public async Task<IReadOnlyList<GraphPath>> RunAsync(
        string fromId, string toId, int maxHops, RelationFilter filter, int maxPaths, CancellationToken ct)
    {
        if (maxPaths == 0)
        {
            return [];
        }

        if (fromId == toId)
        {
            var self = await reads.EntitiesByIdsAsync([fromId], ct);
            return self.Select(e => new GraphPath([e], [])).ToList();
        }

        var forward = new SearchSide(fromId, filter.Direction);
        var backward = new SearchSide(toId, RelationWalk.Reverse(filter.Direction));
        List<string> meeting = [];
        while (forward.Depth + backward.Depth < maxHops && meeting.Count == 0)
        {
            var side = forward.Frontier.Count <= backward.Frontier.Count ? forward : backward;
            if (side.Frontier.Count == 0)
            {
                return [];
            }

            // The last round can only matter where it meets the other side's frontier: nodes it reaches that the other
            // side has not cannot lie on a path within maxHops, and a node the other side reached nearer its origin
            // would have met this side in an earlier round (its neighbour here is then within the other side's reach),
            // so the store may skip every relation not leading into the other frontier.
            var other = side == forward ? backward : forward;
            var lastRound = forward.Depth + backward.Depth + 1 == maxHops;
            var relations = await reads.RelationsTouchingAsync(side.Frontier, side.Direction, filter.Types, ct, lastRound ? other.Frontier : null);
            side.Expand(relations, reads.SymmetricTypes);
            meeting = side.Frontier.Where(other.Reached).Order(StringComparer.Ordinal).ToList();
        }

        var routes = meeting
            .SelectMany(m => forward.RoutesTo(m).SelectMany(head => backward.RoutesTo(m).Select(tail => head.Join(tail))))
            .Take(maxPaths)
            .ToList();
        return await LoadAsync(routes, ct);
    }

    private async Task<IReadOnlyList<GraphPath>> LoadAsync(List<Route> routes, CancellationToken ct)
    {
        if (routes.Count == 0)
        {
            return [];
        }

        var nodeIds = routes.SelectMany(r => r.Nodes).Distinct().ToList();
        var entities = (await reads.EntitiesByIdsAsync(nodeIds, ct)).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var distinctEdges = routes.SelectMany(r => r.Edges).DistinctBy(e => e.Id).ToList();
        var edges = (await reads.WithEvidenceAsync(distinctEdges, ct)).ToDictionary(e => e.Id, StringComparer.Ordinal);

        // A node deleted between the level queries and this read would leave a hole: such a path is dropped, not returned half-drawn.
        return routes
            .Where(r => r.Nodes.All(entities.ContainsKey))
            .Select(r => new GraphPath(r.Nodes.Select(n => entities[n]).ToList(), r.Edges.Select(e => edges[e.Id]).ToList()))
            .ToList();
    }

    /// <summary>A path by ids, from one search's origin to a node (or, joined, from origin to target).</summary>
    private sealed record Route(IReadOnlyList<string> Nodes, IReadOnlyList<Relation> Edges)
    {
        /// <summary>This route (origin to m) followed by <paramref name="tail"/> (the other side's route from its origin to m, reversed).</summary>
        public Route Join(Route tail) =>
            new([.. Nodes, .. tail.Nodes.Reverse().Skip(1)], [.. Edges, .. tail.Edges.Reverse()]);
    }

    /// <summary>One half of the bidirectional search: distances from its origin and every shortest-path edge into each node.</summary>
    private sealed class SearchSide(string origin, RelationDirection direction)
    {
        private readonly string _origin = origin;
        private readonly Dictionary<string, int> _distance = new(StringComparer.Ordinal) { [origin] = 0 };
        private readonly Dictionary<string, List<(string From, Relation Edge)>> _parents = new(StringComparer.Ordinal);

        public RelationDirection Direction { get; } = direction;
        public int Depth { get; private set; }
        public HashSet<string> Frontier { get; private set; } = new(StringComparer.Ordinal) { origin };

        public bool Reached(string id) => _distance.ContainsKey(id);

        public IReadOnlyCollection<string> ReachedIds => _distance.Keys;

        public void Expand(IEnumerable<Relation> relations, IReadOnlySet<string> symmetricTypes)
        {
            Depth++;
            var next = new HashSet<string>(StringComparer.Ordinal);
            foreach (var r in relations)
            {
                foreach (var (from, to) in RelationWalk.Steps(r, Frontier, Direction, symmetricTypes))
                {
                    if (_distance.TryGetValue(to, out var d) && d < Depth)
                    {
                        continue;
                    }

                    _distance[to] = Depth;
                    next.Add(to);
                    if (!_parents.TryGetValue(to, out var parents))
                    {
                        _parents[to] = parents = [];
                    }

                    parents.Add((from, r));
                }
            }

            Frontier = next;
        }

        /// <summary>Every shortest route from the origin to <paramref name="id"/>, lazily, in a repeatable order.</summary>
        public IEnumerable<Route> RoutesTo(string id)
        {
            if (id == _origin)
            {
                yield return new Route([id], []);
                yield break;
            }

            var parents = _parents[id].OrderBy(p => p.From, StringComparer.Ordinal).ThenBy(p => p.Edge.Id, StringComparer.Ordinal);
            foreach (var (from, edge) in parents)
            {
                foreach (var route in RoutesTo(from))
                {
                    yield return new Route([.. route.Nodes, id], [.. route.Edges, edge]);
                }
            }
        }
    }
}
