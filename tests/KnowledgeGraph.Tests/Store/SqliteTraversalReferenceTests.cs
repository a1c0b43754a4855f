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
