using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Analysis;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// All shortest paths by bidirectional breadth-first search, the embedded store's algorithm on Neo4j: each round expands
/// the smaller frontier by one level (one read/relations_touching, evidence included); the first round in which the two
/// searches meet fixes the length. Cypher's allShortestPaths cannot express "forwards, except symmetric types either
/// way" per relationship, which the port's direction filter means, so the walk is done here.
/// </summary>
internal sealed class Neo4jShortestPathSearch(Neo4jQueries queries)
{
    public async Task<IReadOnlyList<GraphPath>> RunAsync(string fromId, string toId, int maxHops, RelationFilter filter, int maxPaths, CancellationToken ct)
    {
        if (maxPaths == 0)
        {
            return [];
        }

        if (fromId == toId)
        {
            return (await queries.EntitiesByIdsAsync([fromId], ct)).Select(e => new GraphPath([e], [])).ToList();
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

            side.Expand(await queries.RelationsTouchingAsync(side.Frontier, side.Direction, filter.Types, ct), queries.SymmetricTypes);
            var other = side == forward ? backward : forward;
            meeting = side.Frontier.Where(other.Reached).Order(StringComparer.Ordinal).ToList();
        }

        var routes = meeting
            .SelectMany(m => forward.RoutesTo(m).SelectMany(head => backward.RoutesTo(m).Select(tail => head.Join(tail))))
            .Take(maxPaths)
            .ToList();
        if (routes.Count == 0)
        {
            return [];
        }

        var entities = (await queries.EntitiesByIdsAsync(routes.SelectMany(r => r.Nodes).Distinct(), ct)).ToDictionary(e => e.Id, StringComparer.Ordinal);
        return routes
            .Where(r => r.Nodes.All(entities.ContainsKey))
            .Select(r => new GraphPath(r.Nodes.Select(n => entities[n]).ToList(), r.Edges))
            .ToList();
    }

    private sealed record Route(IReadOnlyList<string> Nodes, IReadOnlyList<Relation> Edges)
    {
        public Route Join(Route tail) => new([.. Nodes, .. tail.Nodes.Reverse().Skip(1)], [.. Edges, .. tail.Edges.Reverse()]);
    }

    /// <summary>One half of the search: distances from its origin and every shortest-path edge into each node.</summary>
    private sealed class SearchSide(string origin, RelationDirection direction)
    {
        private readonly Dictionary<string, int> _distance = new(StringComparer.Ordinal) { [origin] = 0 };
        private readonly Dictionary<string, List<(string From, Relation Edge)>> _parents = new(StringComparer.Ordinal);

        public RelationDirection Direction { get; } = direction;
        public int Depth { get; private set; }
        public HashSet<string> Frontier { get; private set; } = new(StringComparer.Ordinal) { origin };

        public bool Reached(string id) => _distance.ContainsKey(id);

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

        public IEnumerable<Route> RoutesTo(string id)
        {
            if (id == origin)
            {
                yield return new Route([id], []);
                yield break;
            }

            foreach (var (from, edge) in _parents[id].OrderBy(p => p.From, StringComparer.Ordinal).ThenBy(p => p.Edge.Id, StringComparer.Ordinal))
            {
                foreach (var route in RoutesTo(from))
                {
                    yield return new Route([.. route.Nodes, id], [.. route.Edges, edge]);
                }
            }
        }
    }
}
