namespace KnowledgeGraph.Store.Analysis;

/// <summary>
/// Brandes' betweenness centrality on an undirected, unweighted graph: one breadth-first search per source node and a
/// dependency accumulation back along it, O(V·E) in all. Scores count each unordered pair once (a star's centre with n
/// leaves scores (n-1)(n-2)/2). With <c>sources</c> fewer than the nodes it is the Brandes–Pich estimate: the sampled
/// sources' dependencies scaled by n/k.
/// </summary>
internal static class Betweenness
{
    /// <param name="adjacency">Neighbours of each node by index 0..n-1; every edge listed from both ends.</param>
    /// <param name="sources">Node indexes to search from; all nodes for the exact score.</param>
    public static double[] Compute(IReadOnlyList<IReadOnlyList<int>> adjacency, IReadOnlyList<int> sources, CancellationToken ct)
    {
        var n = adjacency.Count;
        var score = new double[n];
        var sigma = new double[n];
        var distance = new int[n];
        var delta = new double[n];
        var order = new int[n];
        var queue = new int[n];

        foreach (var s in sources)
        {
            ct.ThrowIfCancellationRequested();
            Array.Clear(sigma);
            Array.Fill(distance, -1);
            Array.Clear(delta);
            sigma[s] = 1;
            distance[s] = 0;
            int head = 0, tail = 0, visited = 0;
            queue[tail++] = s;
            while (head < tail)
            {
                var v = queue[head++];
                order[visited++] = v;
                foreach (var w in adjacency[v])
                {
                    if (distance[w] < 0)
                    {
                        distance[w] = distance[v] + 1;
                        queue[tail++] = w;
                    }

                    if (distance[w] == distance[v] + 1)
                    {
                        sigma[w] += sigma[v];
                    }
                }
            }

            // Back from the farthest node: each predecessor v of w (one level closer) takes its share of w's dependency.
            for (var i = visited - 1; i > 0; i--)
            {
                var w = order[i];
                foreach (var v in adjacency[w])
                {
                    if (distance[v] == distance[w] - 1)
                    {
                        delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                    }
                }

                score[w] += delta[w];
            }
        }

        // Each unordered pair was counted from both of its ends (when both are sources); scale a sample up to all sources.
        var scale = sources.Count == 0 ? 0 : (double)n / sources.Count / 2;
        for (var i = 0; i < n; i++)
        {
            score[i] *= scale;
        }

        return score;
    }
}
