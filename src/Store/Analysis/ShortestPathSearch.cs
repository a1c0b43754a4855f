using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.Store.Analysis;

/// <summary>
/// All shortest paths by bidirectional breadth-first search: each round expands one side by one whole level (one query),
/// recording every edge that reaches a node at its shortest distance. The first round in which the two searches meet
/// fixes the shortest length, and the meeting nodes of that round lie on every shortest path.
/// Where the store can count a level's relations (<see cref="ITraversalReads.LevelCostAsync"/>), the side expanded is
/// the one whose level costs fewer relations, and a costly level is first probed for a meeting with the other side, so a
/// hub at one end is read last or never; otherwise the side with fewer frontier nodes is expanded, as before.
/// Which side is expanded changes the cost, never the answer: the paths are listed in the order, and cut at maxPaths,
/// as the node-count rule alone would list them (<see cref="NodeCountSplitAsync"/>). Both stores run it: Cypher's
/// allShortestPaths cannot express "forwards, except symmetric types either way" per relationship, which the port's
/// direction filter means.
/// </summary>
internal sealed class ShortestPathSearch(ITraversalReads reads)
{
    /// <summary>
    /// A middle round whose level costs more relations than this first reads only the relations into the other side's
    /// frontier (an index walk in the store, nothing handed over): if they meet, that was the last round and the level is
    /// never read. Below it the extra statement would cost more than the level read it might save.
    /// </summary>
    internal const long ProbeFirstAbove = 1000;

    /// <summary>The first count of a side stops here: a typical level (a few dozen relations) is counted whole in one statement.</summary>
    private const long FirstCount = 256;

    /// <summary>
    /// In the last round both sides are counted only this far: that round only probes (an index walk each way), so once
    /// both levels are known to be this wide, counting them further would cost about what probing the wrong one does.
    /// </summary>
    private const long LastRoundCountLimit = 4096;

    private bool _counts = true;

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
            var lastRound = forward.Depth + backward.Depth + 1 == maxHops;
            var side = await CheaperAsync(forward, backward, filter.Types, lastRound ? LastRoundCountLimit : long.MaxValue, ct);
            if (side.Frontier.Count == 0)
            {
                return [];
            }

            // A probe reads only the relations leading into the other side's frontier. In the last round nothing else can
            // matter: nodes this side reaches that the other has not cannot lie on a path within maxHops, and a node the
            // other side reached nearer its origin would have met this side in an earlier round. In a middle round the
            // same holds if they meet at all (that round is then the last), so a costly level is probed first and read
            // whole only when they do not. The store may ignore the restriction (returning more is harmless).
            var other = side == forward ? backward : forward;
            if (lastRound || side.Cost > ProbeFirstAbove)
            {
                var into = await reads.RelationsTouchingAsync(side.Frontier, side.Direction, filter.Types, ct, other.Frontier);
                if (lastRound || side.Meets(into, other, reads.SymmetricTypes))
                {
                    side.Expand(into, reads.SymmetricTypes, whole: false);
                    meeting = side.Frontier.Where(other.Reached).Order(StringComparer.Ordinal).ToList();
                    continue;
                }
            }

            side.Expand(await reads.RelationsTouchingAsync(side.Frontier, side.Direction, filter.Types, ct), reads.SymmetricTypes, whole: true);
            meeting = side.Frontier.Where(other.Reached).Order(StringComparer.Ordinal).ToList();
        }

        if (meeting.Count == 0)
        {
            return [];
        }

        var paths = new PathGraph(forward, backward, meeting);
        var split = await NodeCountSplitAsync(forward, backward, paths.Length, filter.Types, ct);
        return await LoadAsync(paths.Routes(split).Take(maxPaths).ToList(), ct);
    }

    /// <summary>
    /// The side to expand: the one whose level costs fewer relations (forward on a tie); without counts from the store, the
    /// one with fewer frontier nodes. Each count stops at a cap, so a hub is never counted through: the side known to be
    /// cheaper so far is counted up to just past the other's bound (at least twice its own), which decides or doubles,
    /// so the counting costs a few times the cheaper level's relations at most. Both sides counted past
    /// <paramref name="countLimit"/>: the one known to be the cheaper so far.
    /// </summary>
    private async Task<SearchSide> CheaperAsync(
        SearchSide forward, SearchSide backward, IReadOnlyList<string>? types, long countLimit, CancellationToken ct)
    {
        while (_counts)
        {
            if (forward.CostAtLeast >= countLimit && backward.CostAtLeast >= countLimit)
            {
                return forward.CostAtLeast <= backward.CostAtLeast ? forward : backward;
            }

            if (forward.CostExact && forward.Cost <= backward.CostAtLeast)
            {
                return forward;
            }

            if (backward.CostExact && backward.Cost < forward.CostAtLeast)
            {
                return backward;
            }

            var (side, other) = forward.CostAtLeast <= backward.CostAtLeast ? (forward, backward) : (backward, forward);
            var atMost = Math.Max(Math.Max(other.CostAtLeast + 1, 2 * side.CostAtLeast), FirstCount);
            var cost = await reads.LevelCostAsync(side.Frontier, side.Direction, types, atMost, ct);
            _counts = cost is not null;
            side.SetCost(cost ?? 0, cost < atMost);
        }

        return forward.Frontier.Count <= backward.Frontier.Count ? forward : backward;
    }

    /// <summary>
    /// How many of the shortest paths' steps the node-count rule (expand the side with fewer frontier nodes, forward on a
    /// tie) would have taken from the forward side: its meeting nodes are the paths' nodes at that position, which fixes
    /// the order of the answer. Layer sizes are the same whichever side was expanded; a layer the search did not read is
    /// counted in the store only as far as the comparison needs (whether a hub has more than one neighbour reads two
    /// index entries).
    /// </summary>
    private async Task<int> NodeCountSplitAsync(SearchSide forward, SearchSide backward, int length, IReadOnlyList<string>? types, CancellationToken ct)
    {
        int df = 0, db = 0;
        while (df + db < length)
        {
            // Forward when its layer has no more nodes than the backward one; a size not known is counted only up to the other.
            bool forwardFirst;
            if (backward.LayerSize(db) is int b)
            {
                forwardFirst = await LayerSizeAsync(forward, df, b + 1, types, ct) <= b;
            }
            else
            {
                var f = await LayerSizeAsync(forward, df, int.MaxValue, types, ct);
                forwardFirst = await LayerSizeAsync(backward, db, f, types, ct) >= f;
            }

            if (forwardFirst)
            {
                df++;
            }
            else
            {
                db++;
            }
        }

        return df;
    }

    /// <summary>The number of nodes in a side's layer, counted up to <paramref name="atMost"/>; layers further than one past the last one read whole are read first.</summary>
    private async Task<int> LayerSizeAsync(SearchSide side, int depth, int atMost, IReadOnlyList<string>? types, CancellationToken ct)
    {
        while (depth > side.WholeDepth + 1)
        {
            side.DropPartialLevel();
            side.Expand(await reads.RelationsTouchingAsync(side.Frontier, side.Direction, types, ct), reads.SymmetricTypes, whole: true);
        }

        return side.LayerSize(depth)
            ?? await reads.NextLayerSizeAsync(side.LastWholeLayer, side.ReachedWithinWholeLayers, side.Direction, types, atMost, ct);
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

    /// <summary>A path by ids, from the origin to a node, from a node to the target, or whole.</summary>
    private sealed record Route(IReadOnlyList<string> Nodes, IReadOnlyList<Relation> Edges);

    /// <summary>
    /// Every shortest path at once: their nodes by position (distance from the origin) and the steps between consecutive
    /// positions, gathered from the meeting nodes back to the origin through the forward side's edges and on to the target
    /// through the backward side's.
    /// </summary>
    private sealed class PathGraph
    {
        private readonly Dictionary<string, int> _position = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<(string Node, Relation Edge)>> _before = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<(string Node, Relation Edge)>> _after = new(StringComparer.Ordinal);

        public PathGraph(SearchSide forward, SearchSide backward, IReadOnlyList<string> meeting)
        {
            Length = forward.Depth + backward.Depth;
            Walk(forward, meeting, forward.Depth, -1, _before, _after);
            Walk(backward, meeting, forward.Depth, +1, _after, _before);
        }

        public int Length { get; }

        /// <summary>
        /// The paths in the order the search used to list them when its sides met <paramref name="split"/> steps from the
        /// origin: by the node at that position (ordinal), then by the steps back to the origin, then by the steps on to
        /// the target, each step by its far node then its relation id (ordinal).
        /// </summary>
        public IEnumerable<Route> Routes(int split) =>
            _position.Where(p => p.Value == split).Select(p => p.Key).Order(StringComparer.Ordinal)
                .SelectMany(m => Heads(m).SelectMany(head => Tails(m).Select(tail =>
                    new Route([.. head.Nodes, .. tail.Nodes.Skip(1)], [.. head.Edges, .. tail.Edges]))));

        private IEnumerable<Route> Heads(string node)
        {
            if (_position[node] == 0)
            {
                yield return new Route([node], []);
                yield break;
            }

            foreach (var (before, edge) in Ordered(_before[node]))
            {
                foreach (var head in Heads(before))
                {
                    yield return new Route([.. head.Nodes, node], [.. head.Edges, edge]);
                }
            }
        }

        private IEnumerable<Route> Tails(string node)
        {
            if (_position[node] == Length)
            {
                yield return new Route([node], []);
                yield break;
            }

            foreach (var (after, edge) in Ordered(_after[node]))
            {
                foreach (var tail in Tails(after))
                {
                    yield return new Route([node, .. tail.Nodes], [edge, .. tail.Edges]);
                }
            }
        }

        private static IEnumerable<(string Node, Relation Edge)> Ordered(List<(string Node, Relation Edge)> steps) =>
            steps.OrderBy(s => s.Node, StringComparer.Ordinal).ThenBy(s => s.Edge.Id, StringComparer.Ordinal);

        /// <summary>From the meeting nodes towards a side's origin, one position per step (<paramref name="towards"/> −1 or +1).</summary>
        private void Walk(
            SearchSide side, IReadOnlyList<string> meeting, int meetingPosition, int towards,
            Dictionary<string, List<(string Node, Relation Edge)>> toOrigin, Dictionary<string, List<(string Node, Relation Edge)>> fromOrigin)
        {
            var level = meeting.ToList();
            foreach (var m in level)
            {
                _position[m] = meetingPosition;
            }

            for (var position = meetingPosition; level.Count > 0; position += towards)
            {
                var next = new List<string>();
                foreach (var node in level)
                {
                    foreach (var (parent, edge) in side.ParentsOf(node))
                    {
                        Steps(toOrigin, node).Add((parent, edge));
                        Steps(fromOrigin, parent).Add((node, edge));
                        if (_position.TryAdd(parent, position + towards))
                        {
                            next.Add(parent);
                        }
                    }
                }

                level = next;
            }
        }

        private static List<(string Node, Relation Edge)> Steps(Dictionary<string, List<(string Node, Relation Edge)>> steps, string node)
        {
            if (!steps.TryGetValue(node, out var list))
            {
                steps[node] = list = [];
            }

            return list;
        }
    }

    /// <summary>One half of the bidirectional search: distances from its origin and every shortest-path edge into each node.</summary>
    private sealed class SearchSide(string origin, RelationDirection direction)
    {
        private readonly Dictionary<string, int> _distance = new(StringComparer.Ordinal) { [origin] = 0 };
        private readonly Dictionary<string, List<(string From, Relation Edge)>> _parents = new(StringComparer.Ordinal);

        /// <summary>The layers read whole (all nodes at that distance), from the origin's.</summary>
        private readonly List<HashSet<string>> _layers = [new(StringComparer.Ordinal) { origin }];

        public RelationDirection Direction { get; } = direction;
        public int Depth { get; private set; }
        public HashSet<string> Frontier { get; private set; } = new(StringComparer.Ordinal) { origin };

        /// <summary>The relations the next level read walks (a lower bound when <see cref="CostExact"/> is false); null until counted.</summary>
        public long? Cost { get; private set; }
        public bool CostExact { get; private set; }
        public long CostAtLeast => Cost ?? 0;

        public int WholeDepth => _layers.Count - 1;
        public HashSet<string> LastWholeLayer => _layers[^1];
        public IReadOnlySet<string> ReachedWithinWholeLayers => _layers.SelectMany(l => l).ToHashSet(StringComparer.Ordinal);

        public bool Reached(string id) => _distance.ContainsKey(id);

        public int? LayerSize(int depth) => depth < _layers.Count ? _layers[depth].Count : null;

        public IReadOnlyList<(string From, Relation Edge)> ParentsOf(string id) => _parents.GetValueOrDefault(id) ?? [];

        public void SetCost(long cost, bool exact) => (Cost, CostExact) = (cost, exact);

        public void ForgetCost() => (Cost, CostExact) = (null, false);

        /// <summary>Whether any of <paramref name="relations"/> steps from the frontier to a node the other side reached.</summary>
        public bool Meets(IEnumerable<Relation> relations, SearchSide other, IReadOnlySet<string> symmetricTypes) =>
            relations.Any(r => RelationWalk.Steps(r, Frontier, Direction, symmetricTypes).Any(s => other.Reached(s.To)));

        /// <summary>One level on; <paramref name="whole"/> when <paramref name="relations"/> hold every relation of the frontier (not only those meeting the other side).</summary>
        public void Expand(IEnumerable<Relation> relations, IReadOnlySet<string> symmetricTypes, bool whole)
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
            ForgetCost();
            if (whole)
            {
                _layers.Add(next);
            }
        }

        /// <summary>Undoes a level read only in part (a probe), so it can be read whole.</summary>
        public void DropPartialLevel()
        {
            if (Depth == WholeDepth)
            {
                return;
            }

            foreach (var node in Frontier)
            {
                _distance.Remove(node);
                _parents.Remove(node);
            }

            Depth = WholeDepth;
            Frontier = LastWholeLayer;
            ForgetCost();
        }
    }
}
