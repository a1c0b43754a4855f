using System.Globalization;
using KnowledgeGraph.Model;
using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;
using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.Extensions.Options;
using static KnowledgeGraph.Model.Ontology.RelationTypes;

namespace KnowledgeGraph.Tests.Store;

/// <summary>
/// The embedded store's traversals read only ids, types and ends per level (covering indexes), restrict the last round of
/// a path search to relations that meet the other side, and load full rows only for the edges returned. On random graphs
/// with hubs, directed and symmetric types and self-loops, every answer must equal a brute-force reference: all shortest
/// paths within the hop limit, and edges carrying their stored properties, confidence and evidence.
/// </summary>
public sealed class SqliteTraversalReferenceTests : IDisposable
{
    private static readonly IReadOnlySet<string> Symmetric =
        KnowledgeOntology.Default.RelationTypes.Where(t => t.Symmetric).Select(t => t.Name).ToHashSet();

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Paths_equal_all_shortest_paths_of_a_brute_force_search(int seed)
    {
        var rng = new Random(seed);
        var (batch, relations) = RandomGraph(rng, entities: 30, relationCount: 70);
        using var store = new SqliteGraphStore(Options.Create(new SqliteStoreOptions { Path = _folder.File($"paths-{seed}.db") }));
        await store.WriteAsync(batch);
        var stored = relations.ToDictionary(r => r.Id);

        for (var query = 0; query < 60; query++)
        {
            var from = batch.Entities[rng.Next(batch.Entities.Count)].Id;
            var to = batch.Entities[rng.Next(batch.Entities.Count)].Id;
            var hops = 1 + rng.Next(4);
            var direction = (RelationDirection)rng.Next(3);
            var filter = new RelationFilter { Direction = direction, Types = rng.Next(4) == 0 ? [PartnersWith] : null };

            var found = await store.FindPathsAsync(from, to, hops, filter, 10_000);

            var expected = ShortestPaths(relations, from, to, hops, filter);
            var because = $"seed {seed}, query {query}: {from} → {to}, {hops} hops, {direction}, types {string.Join(",", filter.Types ?? [])}";
            found.Select(Signature).Should().BeEquivalentTo(expected, because);
            foreach (var edge in found.SelectMany(p => p.Edges))
            {
                edge.Should().BeEquivalentTo(stored[edge.Id], o => o.Excluding(r => r.FirstSeen).Excluding(r => r.LastSeen), because);
            }
        }
    }

    /// <summary>
    /// A hub (more relations than <c>ShortestPathSearch.ProbeFirstAbove</c>) at one end is expanded last or only probed,
    /// yet the answer must be the one expanding the side with fewer frontier nodes gave: every shortest path, in the same
    /// order, and the same first few when maxPaths cuts them.
    /// </summary>
    [Theory]
    [InlineData(8)]
    [InlineData(9)]
    public async Task Paths_from_hubs_come_in_the_node_count_order(int seed)
    {
        var rng = new Random(seed);
        var (batch, relations) = RandomGraph(rng, entities: 600, relationCount: 10_000);
        using var store = new SqliteGraphStore(Options.Create(new SqliteStoreOptions { Path = _folder.File($"hub-paths-{seed}.db") }));
        await store.WriteAsync(batch);
        relations.Count(r => r.SourceId == batch.Entities[0].Id || r.TargetId == batch.Entities[0].Id).Should().BeGreaterThan(1000);

        var compared = 0;
        for (var query = 0; query < 40; query++)
        {
            var hub = batch.Entities[rng.Next(3)].Id;
            var other = batch.Entities[3 + rng.Next(batch.Entities.Count - 3)].Id;
            var (from, to) = (query % 4) switch { 0 => (hub, other), 1 => (other, hub), 2 => (hub, batch.Entities[rng.Next(3)].Id), _ => (other, batch.Entities[rng.Next(batch.Entities.Count)].Id) };
            var hops = 1 + rng.Next(4);
            var direction = (RelationDirection)rng.Next(3);
            var filter = new RelationFilter { Direction = direction, Types = rng.Next(4) == 0 ? [PartnersWith, MemberOf] : null };
            var expected = NodeCountOrder(relations, from, to, hops, filter);
            if (expected is null)
            {
                continue; // too many paths to list by brute force
            }

            var because = $"seed {seed}, query {query}: {from} → {to}, {hops} hops, {direction}, types {string.Join(",", filter.Types ?? [])}";
            (await store.FindPathsAsync(from, to, hops, filter, 100_000)).Select(Signature).Should().Equal(expected, because);
            (await store.FindPathsAsync(from, to, hops, filter, 3)).Select(Signature).Should().Equal(expected.Take(3), because);
            compared += expected.Count;
        }

        compared.Should().BeGreaterThan(50);
    }

    /// <summary>
    /// Two hubs of more than a thousand relations each, sharing a few neighbours, and a small node three steps from one of
    /// them through parallel relations: the cheaper-side search meets the other side at another position than the
    /// node-count rule (and, between the hubs, in a middle round's probe), yet lists the same paths in the same order.
    /// </summary>
    [Fact]
    public async Task Paths_between_hubs_come_in_the_node_count_order()
    {
        var (batch, relations) = TwoHubGraph();
        using var store = new SqliteGraphStore(Options.Create(new SqliteStoreOptions { Path = _folder.File("two-hubs.db") }));
        await store.WriteAsync(batch);
        var id = batch.Entities.ToDictionary(e => e.Name, e => e.Id);

        foreach (var (from, to) in new[] { ("小", "甲枢"), ("甲枢", "小"), ("甲枢", "乙枢"), ("乙枢", "甲枢"), ("小", "乙枢"), ("叶1", "乙枢"), ("独", "尾"), ("尾", "独") })
        {
            foreach (var hops in new[] { 2, 3, 4 })
            {
                foreach (var direction in new[] { RelationDirection.Both, RelationDirection.Outgoing, RelationDirection.Incoming })
                {
                    var filter = new RelationFilter { Direction = direction };
                    var expected = NodeCountOrder(relations, id[from], id[to], hops, filter)!;
                    var because = $"{from} → {to}, {hops} hops, {direction}";
                    (await store.FindPathsAsync(id[from], id[to], hops, filter, 100_000)).Select(Signature).Should().Equal(expected, because);
                    (await store.FindPathsAsync(id[from], id[to], hops, filter, 3)).Select(Signature).Should().Equal(expected.Take(3), because);
                }
            }
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public async Task Neighbourhood_edges_are_complete_relations(int seed)
    {
        var rng = new Random(seed);
        var (batch, relations) = RandomGraph(rng, entities: 30, relationCount: 70);
        using var store = new SqliteGraphStore(Options.Create(new SqliteStoreOptions { Path = _folder.File($"hood-{seed}.db") }));
        await store.WriteAsync(batch);
        var stored = relations.ToDictionary(r => r.Id);

        var edges = 0;
        foreach (var entity in batch.Entities.Take(10))
        {
            var hood = await store.GetNeighborhoodAsync(entity.Id, 2, RelationFilter.All, 12);

            edges += hood.Edges.Count;
            foreach (var edge in hood.Edges)
            {
                edge.Should().BeEquivalentTo(stored[edge.Id], o => o.Excluding(r => r.FirstSeen).Excluding(r => r.LastSeen));
            }
        }

        edges.Should().BePositive();
    }

    /// <summary>
    /// Hubs with more relations than <see cref="SqliteTraversalReads.WideLevel"/> are ranked in SQL, not in memory: the
    /// kept nodes, their order, the truncation flag and the edges (in read order) must be exactly the in-memory rule's.
    /// </summary>
    [Theory]
    [InlineData(6)]
    [InlineData(7)]
    public async Task Capped_neighbourhoods_of_hubs_equal_the_in_memory_rule(int seed)
    {
        var rng = new Random(seed);
        var (batch, relations) = RandomGraph(rng, entities: 900, relationCount: 10_000);
        using var store = new SqliteGraphStore(Options.Create(new SqliteStoreOptions { Path = _folder.File($"hub-{seed}.db") }));
        await store.WriteAsync(batch);
        var hubs = batch.Entities.Take(3).Select(e => e.Id).ToList();
        relations.Count(r => r.SourceId == hubs[0] || r.TargetId == hubs[0]).Should().BeGreaterThan(SqliteTraversalReads.WideLevel);

        foreach (var hub in hubs)
        {
            foreach (var direction in new[] { RelationDirection.Both, RelationDirection.Outgoing, RelationDirection.Incoming })
            {
                foreach (var (depth, maxNodes, types) in new[] { (1, 50, (IReadOnlyList<string>?)null), (2, 120, null), (1, 2000, null), (2, 40, [MemberOf, PartnersWith]) })
                {
                    var filter = new RelationFilter { Direction = direction, Types = types };
                    var hood = await store.GetNeighborhoodAsync(hub, depth, filter, maxNodes);

                    var (nodes, edges, truncated) = Neighbourhood(relations, hub, depth, filter, maxNodes);
                    var because = $"seed {seed}, {hub}, {direction}, depth {depth}, max {maxNodes}, types {string.Join(",", types ?? [])}";
                    hood.Nodes.Select(n => n.Id).Should().Equal(nodes, because);
                    hood.Edges.Select(e => e.Id).Should().Equal(edges, because);
                    hood.Truncated.Should().Be(truncated, because);
                }
            }
        }
    }

    /// <summary>The neighbourhood rule by brute force: per level, nodes by steps from the frontier, then id; edges in (type, source, target, id) order.</summary>
    private static (List<string> Nodes, List<string> Edges, bool Truncated) Neighbourhood(
        List<Relation> relations, string start, int depth, RelationFilter filter, int maxNodes)
    {
        var order = new List<string> { start };
        var seen = new HashSet<string> { start };
        var frontier = new HashSet<string> { start };
        var edges = new List<string>();
        var truncated = false;
        for (var level = 1; level <= depth && frontier.Count > 0 && !truncated; level++)
        {
            bool Out(Relation r) => frontier.Contains(r.SourceId) && (Symmetric.Contains(r.Type) || filter.Direction != RelationDirection.Incoming);
            bool In(Relation r) => frontier.Contains(r.TargetId) && (Symmetric.Contains(r.Type) || filter.Direction != RelationDirection.Outgoing);
            var touching = relations
                .Where(r => (filter.Types is not { Count: > 0 } types || types.Contains(r.Type)) && (Out(r) || In(r)))
                .OrderBy(r => r.Type, StringComparer.Ordinal).ThenBy(r => r.SourceId, StringComparer.Ordinal)
                .ThenBy(r => r.TargetId, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal)
                .ToList();
            var steps = new Dictionary<string, int>();
            foreach (var r in touching.Where(r => r.SourceId != r.TargetId))
            {
                if (Out(r) && !seen.Contains(r.TargetId))
                {
                    steps[r.TargetId] = steps.GetValueOrDefault(r.TargetId) + 1;
                }

                if (In(r) && !seen.Contains(r.SourceId))
                {
                    steps[r.SourceId] = steps.GetValueOrDefault(r.SourceId) + 1;
                }
            }

            var room = maxNodes - order.Count;
            var added = steps.OrderByDescending(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal).Take(room).Select(n => n.Key).ToList();
            truncated = steps.Count > room;
            order.AddRange(added);
            seen.UnionWith(added);
            frontier = [.. added];
            edges.AddRange(touching.Where(r => seen.Contains(r.SourceId) && seen.Contains(r.TargetId) && !edges.Contains(r.Id)).Select(r => r.Id));
        }

        return (order, edges, truncated);
    }

    private static string Signature(GraphPath path) => string.Join(" ", path.Edges.Select(e => e.Id)) + " | " + string.Join(" ", path.Nodes.Select(n => n.Id));

    /// <summary>Every shortest path from → to of at most <paramref name="hops"/> relations, by plain BFS and backtracking.</summary>
    private static List<string> ShortestPaths(List<Relation> relations, string from, string to, int hops, RelationFilter filter)
    {
        if (from == to)
        {
            return [" | " + from];
        }

        IEnumerable<(Relation Edge, string To)> Steps(string node) => relations
            .Where(r => r.SourceId != r.TargetId && (filter.Types is not { Count: > 0 } types || types.Contains(r.Type)))
            .SelectMany(r => new[]
            {
                r.SourceId == node && (Symmetric.Contains(r.Type) || filter.Direction != RelationDirection.Incoming) ? (r, r.TargetId) : (null!, null!),
                r.TargetId == node && (Symmetric.Contains(r.Type) || filter.Direction != RelationDirection.Outgoing) ? (r, r.SourceId) : (null!, null!),
            })
            .Where(s => s.Item1 is not null);

        var distance = new Dictionary<string, int> { [from] = 0 };
        var frontier = new List<string> { from };
        for (var d = 1; d <= hops && !distance.ContainsKey(to) && frontier.Count > 0; d++)
        {
            frontier = frontier.SelectMany(n => Steps(n).Select(s => s.To)).Where(n => distance.TryAdd(n, d)).Distinct().ToList();
        }

        if (!distance.TryGetValue(to, out var length))
        {
            return [];
        }

        var paths = new List<string>();
        void Walk(string node, List<Relation> edges, List<string> nodes)
        {
            if (node == to)
            {
                paths.Add(string.Join(" ", edges.Select(e => e.Id)) + " | " + string.Join(" ", nodes));
                return;
            }

            foreach (var (edge, next) in Steps(node))
            {
                if (distance.GetValueOrDefault(next, -1) == nodes.Count)
                {
                    Walk(next, [.. edges, edge], [.. nodes, next]);
                }
            }
        }

        Walk(from, [], [from]);
        return paths;
    }

    /// <summary>
    /// All shortest paths in the order of a bidirectional search that expands the side with fewer frontier nodes (forward on
    /// a tie) and lists paths by the meeting node, then by the steps back to the origin, then on to the target, each step
    /// by its far node then relation id; null when there are more than 20,000.
    /// </summary>
    private static List<string>? NodeCountOrder(List<Relation> relations, string from, string to, int hops, RelationFilter filter)
    {
        if (from == to)
        {
            return [" | " + from];
        }

        var steps = new Dictionary<(string Node, bool Forward), List<(Relation Edge, string To)>>();
        foreach (var r in relations.Where(r => r.SourceId != r.TargetId && (filter.Types is not { Count: > 0 } types || types.Contains(r.Type))))
        {
            var symmetric = Symmetric.Contains(r.Type);
            foreach (var forward in new[] { true, false })
            {
                var direction = forward ? filter.Direction : filter.Direction switch
                {
                    RelationDirection.Outgoing => RelationDirection.Incoming,
                    RelationDirection.Incoming => RelationDirection.Outgoing,
                    _ => RelationDirection.Both,
                };
                if (symmetric || direction != RelationDirection.Incoming)
                {
                    Add((r.SourceId, forward), (r, r.TargetId));
                }

                if (symmetric || direction != RelationDirection.Outgoing)
                {
                    Add((r.TargetId, forward), (r, r.SourceId));
                }
            }
        }

        void Add((string, bool) key, (Relation, string) step)
        {
            if (!steps.TryGetValue(key, out var list))
            {
                steps[key] = list = [];
            }

            list.Add(step);
        }

        List<(Relation Edge, string To)> Next(string node, bool forward) => steps.GetValueOrDefault((node, forward)) ?? [];

        List<HashSet<string>> Layers(string origin, bool forward)
        {
            var seen = new HashSet<string> { origin };
            var layers = new List<HashSet<string>> { new() { origin } };
            for (var d = 0; d < hops; d++)
            {
                layers.Add(layers[^1].SelectMany(n => Next(n, forward)).Select(s => s.To).Where(seen.Add).ToHashSet());
            }

            return layers;
        }

        var ahead = Layers(from, true);
        var behind = Layers(to, false);
        var length = Enumerable.Range(1, hops).FirstOrDefault(d => ahead[d].Contains(to));
        if (length == 0)
        {
            return [];
        }

        int df = 0, db = 0;
        while (df + db < length)
        {
            if (ahead[df].Count <= behind[db].Count)
            {
                df++;
            }
            else
            {
                db++;
            }
        }

        var distanceTo = behind.SelectMany((layer, d) => layer.Select(n => (n, d))).ToDictionary(x => x.n, x => x.d);
        var paths = new List<(List<string> Nodes, List<Relation> Edges)>();
        void Walk(List<string> nodes, List<Relation> edges)
        {
            if (paths.Count > 20_000)
            {
                return;
            }

            if (nodes.Count == length + 1)
            {
                paths.Add((nodes, edges));
                return;
            }

            foreach (var (edge, next) in Next(nodes[^1], true))
            {
                if (distanceTo.GetValueOrDefault(next, -1) == length - nodes.Count && ahead[nodes.Count].Contains(next))
                {
                    Walk([.. nodes, next], [.. edges, edge]);
                }
            }
        }

        Walk([from], []);
        if (paths.Count > 20_000)
        {
            return null;
        }

        List<string> Key((List<string> Nodes, List<Relation> Edges) p)
        {
            List<string> key = [p.Nodes[df]];
            for (var i = df; i > 0; i--)
            {
                key.AddRange([p.Nodes[i - 1], p.Edges[i - 1].Id]);
            }

            for (var i = df; i < length; i++)
            {
                key.AddRange([p.Nodes[i + 1], p.Edges[i].Id]);
            }

            return key;
        }

        return paths
            .Select(p => (Key: Key(p), Path: p))
            .OrderBy(x => x.Key, Comparer<List<string>>.Create((a, b) => a.Zip(b, string.CompareOrdinal).FirstOrDefault(c => c != 0)))
            .Select(x => string.Join(" ", x.Path.Edges.Select(e => e.Id)) + " | " + string.Join(" ", x.Path.Nodes))
            .ToList();
    }

    /// <summary>
    /// Hubs 甲枢 (1,100 leaves) and 乙枢 (1,200 leaves) sharing three neighbours, and 小 → 中0/中1 → 近 ⇄ 甲枢 with
    /// parallel relations of different types, so paths tie on nodes and differ in order by relation; and 独 ⇉ 近 ← 链2 ← 链1 ← 尾.
    /// </summary>
    private static (GraphBatch Batch, List<Relation> Relations) TwoHubGraph()
    {
        var article = new Article(Ids.Article("test://two-hubs", 0), "two-hubs", "两个枢纽");
        var entities = new Dictionary<string, Entity>();
        Entity Org(string name) => entities.TryGetValue(name, out var e)
            ? e
            : entities[name] = new Entity(Ids.Entity(EntityTypes.Organization, name), EntityTypes.Organization, name);
        var relations = new Dictionary<string, Relation>();
        void Link(string source, string type, string target)
        {
            var id = Ids.Relation(type, Org(source).Id, Org(target).Id, Symmetric.Contains(type));
            relations.TryAdd(id, new Relation(id, type, Org(source).Id, Org(target).Id)
            {
                Confidence = 0.9,
                Evidence = [new Evidence(article.Id, "句子", 0, 2)],
            });
        }

        for (var i = 0; i < 1_100; i++)
        {
            Link("叶" + i.ToString(CultureInfo.InvariantCulture), i % 2 == 0 ? MemberOf : PartnersWith, "甲枢");
        }

        for (var i = 0; i < 1_200; i++)
        {
            Link("乙枢", i % 3 == 0 ? PartOf : PartnersWith, "枝" + i.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var shared in new[] { "共0", "共1", "共2" })
        {
            Link(shared, MemberOf, "甲枢");
            Link(shared, PartnersWith, "甲枢");
            Link("乙枢", PartOf, shared);
        }

        foreach (var middle in new[] { "中0", "中1" })
        {
            Link("小", MemberOf, middle);
            Link("小", PartnersWith, middle);
            Link(middle, MemberOf, "近");
        }

        Link("近", MemberOf, "甲枢");
        Link("近", PartOf, "甲枢");
        Link("近", PartnersWith, "甲枢");

        // 独 has five relations but one neighbour, so the cheaper-side search leaves it for last while the node-count
        // rule expands it twice: its second layer has to be read when the answer's order is worked out.
        foreach (var type in new[] { MemberOf, PartOf })
        {
            Link("独", type, "近");
            Link("近", type, "独");
        }

        Link("独", PartnersWith, "近");
        Link("尾", MemberOf, "链1");
        Link("链1", MemberOf, "链2");
        Link("链2", MemberOf, "近");
        return (new GraphBatch([article], [.. entities.Values], [.. relations.Values]), [.. relations.Values]);
    }

    /// <summary>Organizations with a few hubs (most relations touch them), directed and symmetric types, repeats and self-loops.</summary>
    private static (GraphBatch Batch, List<Relation> Relations) RandomGraph(Random rng, int entities, int relationCount)
    {
        var article = new Article(Ids.Article("test://traversal", 0), "traversal", "随机图");
        var orgs = Enumerable.Range(0, entities)
            .Select(i => new Entity(Ids.Entity(EntityTypes.Organization, $"机构{i}"), EntityTypes.Organization, $"机构{i}"))
            .ToList();
        string[] types = [PartnersWith, MemberOf, PartOf];
        Entity Pick() => rng.Next(2) == 0 ? orgs[rng.Next(3)] : orgs[rng.Next(orgs.Count)];
        var relations = new Dictionary<string, Relation>();
        for (var i = 0; i < relationCount; i++)
        {
            var (source, target, type) = (Pick(), Pick(), types[rng.Next(types.Length)]);
            var id = Ids.Relation(type, source.Id, target.Id, Symmetric.Contains(type));
            relations.TryAdd(id, new Relation(id, type, source.Id, target.Id)
            {
                Confidence = Math.Round(0.5 + (rng.NextDouble() / 2), 2),
                Properties = new Dictionary<string, string> { ["note"] = "n" + i.ToString(CultureInfo.InvariantCulture) },
                Evidence = [new Evidence(article.Id, "句子" + i.ToString(CultureInfo.InvariantCulture), i, i + 2)],
            });
        }

        return (new GraphBatch([article], orgs, [.. relations.Values]), [.. relations.Values]);
    }
}
