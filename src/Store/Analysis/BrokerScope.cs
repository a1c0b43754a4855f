namespace KnowledgeGraph.Store.Analysis;

/// <summary>One entity of a broker ranking's scope: <see cref="Ranked"/> says whether it is listed, not only measured.</summary>
internal sealed record ScopeNode(string Id, string Name, bool Ranked);

/// <summary>One row of a broker ranking before its entity is loaded.</summary>
internal sealed record ScopeScore(string Id, int Degree, double? Betweenness);

/// <summary>
/// The undirected subgraph a broker ranking is measured in, held in memory, and its rankings: both stores read the scope
/// with their own query engine and rank it here, so the order, tie-breaks and the sampling rule are one implementation.
/// </summary>
internal sealed class BrokerScope
{
    private readonly List<ScopeNode> _nodes;
    private readonly List<List<int>> _adjacency;

    private BrokerScope(List<ScopeNode> nodes, List<List<int>> adjacency)
    {
        _nodes = nodes;
        _adjacency = adjacency;
    }

    public int NodeCount => _nodes.Count;

    public int EdgeCount => _adjacency.Sum(a => a.Count) / 2;

    public int RankedCount => _nodes.Count(n => n.Ranked);

    /// <summary>From the scope (in the order sampling should see it) and its distinct unordered pairs.</summary>
    public static BrokerScope FromPairs(IReadOnlyList<ScopeNode> nodes, IEnumerable<(string A, string B)> pairs)
    {
        var index = Index(nodes);
        var adjacency = nodes.Select(_ => new List<int>()).ToList();
        foreach (var (a, b) in pairs)
        {
            adjacency[index[a]].Add(index[b]);
            adjacency[index[b]].Add(index[a]);
        }

        return new BrokerScope([.. nodes], adjacency);
    }

    /// <summary>From the scope and each node's neighbours; neighbours outside the scope, repeats and the node itself are dropped.</summary>
    public static BrokerScope FromNeighbours(IReadOnlyList<(ScopeNode Node, IReadOnlyList<string> Neighbours)> rows)
    {
        var nodes = rows.Select(r => r.Node).ToList();
        var index = Index(nodes);
        var adjacency = rows.Select((r, i) => r.Neighbours
            .Select(id => index.GetValueOrDefault(id, -1))
            .Where(j => j >= 0 && j != i)
            .Distinct()
            .ToList()).ToList();
        return new BrokerScope(nodes, adjacency);
    }

    /// <summary>Ranked entities by distinct neighbours in the scope, most first, then name, id.</summary>
    public List<ScopeScore> ByDegree(long start, int take) =>
        Page(_nodes.Select((n, i) => (n, i, Score: (double)_adjacency[i].Count)), start, take, _ => null);

    /// <summary>
    /// Ranked entities by betweenness in the scope (<see cref="Betweenness"/>), most first, then name, id. Above
    /// <paramref name="maxExact"/> nodes it samples every k-th node as a source, so the estimate is repeatable.
    /// </summary>
    public (List<ScopeScore> Rows, bool Sampled) ByBetweenness(int maxExact, long start, int take, CancellationToken ct)
    {
        var sampled = _nodes.Count > maxExact;
        var step = sampled ? (double)_nodes.Count / maxExact : 1;
        var sources = sampled
            ? Enumerable.Range(0, maxExact).Select(i => (int)(i * step)).Distinct().ToList()
            : Enumerable.Range(0, _nodes.Count).ToList();
        var scores = Betweenness.Compute(_adjacency, sources, ct);

        // Rounded for ordering only: sums taken in another order must not reorder equal scores.
        return (Page(_nodes.Select((n, i) => (n, i, Score: Math.Round(scores[i], 9))), start, take, i => scores[i]), sampled);
    }

    private List<ScopeScore> Page(IEnumerable<(ScopeNode Node, int Index, double Score)> scored, long start, int take, Func<int, double?> betweenness) =>
        scored.Where(x => x.Node.Ranked)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Node.Name, StringComparer.Ordinal)
            .ThenBy(x => x.Node.Id, StringComparer.Ordinal)
            .Skip((int)Math.Min(start, int.MaxValue))
            .Take(take)
            .Select(x => new ScopeScore(x.Node.Id, _adjacency[x.Index].Count, betweenness(x.Index)))
            .ToList();

    private static Dictionary<string, int> Index(IReadOnlyList<ScopeNode> nodes) =>
        nodes.Select((n, i) => (n.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
}
