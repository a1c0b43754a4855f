using KnowledgeGraph.Model;
using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Benchmarks.Generate;

/// <summary>A generated graph as the batches the store is fed, plus the ids the query runs ask about.</summary>
public sealed record GeneratedGraph(IReadOnlyList<GraphBatch> EntityBatches, IReadOnlyList<GraphBatch> RelationBatches, GraphSamples Samples, DegreeSummary Degrees);

/// <summary>What queries ask about: uniformly drawn entities, the hubs, name fragments, pairs for paths and linking.</summary>
public sealed record GraphSamples(
    IReadOnlyList<string> EntityIds,
    IReadOnlyList<string> HubIds,
    IReadOnlyList<string> NameFragments,
    IReadOnlyList<(string From, string To)> PathPairs,
    IReadOnlyList<(string A, string B)> AlliancePeers);

public sealed record DegreeSummary(int Max, double Mean, int Median, int P99, int Isolated);

/// <summary>
/// A reproducible synthetic graph written straight to the store (no extraction): Chinese-named entities of every type,
/// relations of the ontology's types between allowed ends, each with one evidence sentence in a synthetic article.
/// Ends are drawn half by <see cref="Zipf"/> rank and half uniformly, giving a long-tailed (power-law-like) degree
/// distribution with hubs but without one node owning a tenth of the graph.
/// </summary>
public static class GraphGenerator
{
    private static readonly (string Type, double Weight)[] TypeMix =
    [
        (EntityTypes.Organization, 0.45), (EntityTypes.Person, 0.40), (EntityTypes.Event, 0.10), (EntityTypes.Program, 0.05),
    ];

    // Relation type, its share, source pool, target pool (pools: type, or Organization/Alliance).
    private static readonly (string Type, double Weight, string Source, string Target)[] RelationMix =
    [
        (RelationTypes.Organized, 0.15, EntityTypes.Organization, EntityTypes.Event),
        (RelationTypes.Attended, 0.15, EntityTypes.Person, EntityTypes.Event),
        (RelationTypes.HoldsPosition, 0.15, EntityTypes.Person, EntityTypes.Organization),
        (RelationTypes.MemberOf, 0.15, EntityTypes.Organization, AlliancePool),
        (RelationTypes.MemberOf, 0.05, EntityTypes.Organization, EntityTypes.Program),
        (RelationTypes.PartnersWith, 0.15, EntityTypes.Organization, EntityTypes.Organization),
        (RelationTypes.Visited, 0.05, EntityTypes.Person, EntityTypes.Organization),
        (RelationTypes.MetWith, 0.05, EntityTypes.Person, EntityTypes.Person),
        (RelationTypes.Founded, 0.05, EntityTypes.Organization, EntityTypes.Program),
        (RelationTypes.PartOf, 0.05, EntityTypes.Organization, EntityTypes.Organization),
    ];

    private const string AlliancePool = "Organization/Alliance";
    private const int ArticlesPerBatch = 4;

    public static GeneratedGraph Generate(int entityCount, int relationCount, int batchSize, int seed)
    {
        var rng = new Random(seed);
        var entities = new Entity[entityCount];
        var pools = new Dictionary<string, List<int>>();
        for (var i = 0; i < entityCount; i++)
        {
            var type = Weighted(rng, TypeMix, t => t.Weight).Type;
            var (name, kind) = type switch
            {
                EntityTypes.Organization => ChineseNames.Organization(rng),
                EntityTypes.Person => (ChineseNames.Person(rng), (string?)null),
                EntityTypes.Event => (ChineseNames.Event(rng, 2020 + rng.Next(7)), null),
                _ => (ChineseNames.Program(rng), null),
            };
            entities[i] = new Entity(Ids.Entity(type, name + "|" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)), type, name) { Kind = kind };
            Pool(pools, type).Add(i);
            if (kind == OrganizationKinds.Alliance)
            {
                Pool(pools, AlliancePool).Add(i);
            }
        }

        var ontology = KnowledgeOntology.Default;
        var degree = new int[entityCount];
        var seen = new HashSet<string>(relationCount, StringComparer.Ordinal);
        var relations = new List<Relation>(relationCount);
        var peers = new List<(string, string)>();
        var attempts = 0;
        while (relations.Count < relationCount && attempts++ < relationCount * 3)
        {
            var mix = Weighted(rng, RelationMix, r => r.Weight);
            var s = PickEnd(rng, pools[mix.Source]);
            var t = PickEnd(rng, pools[mix.Target]);
            if (s == t)
            {
                continue;
            }

            var id = Ids.Relation(mix.Type, entities[s].Id, entities[t].Id, ontology.IsSymmetric(mix.Type));
            if (!seen.Add(id))
            {
                continue;
            }

            degree[s]++;
            degree[t]++;
            relations.Add(new Relation(id, mix.Type, entities[s].Id, entities[t].Id) { Confidence = 0.6 + (rng.NextDouble() * 0.4) });
            if (mix.Target == AlliancePool && peers.Count < 5000)
            {
                peers.Add((entities[s].Id, entities[t].Id));
            }
        }

        var entityBatches = Batches(entities, batchSize, (chunk, b) => ForEntities(chunk, b));
        var names = entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        var relationBatches = Batches(relations, batchSize, (chunk, b) => ForRelations(chunk, b, names, rng));
        return new GeneratedGraph(entityBatches, relationBatches, Samples(rng, entities, relations, peers, degree), Summary(degree));
    }

    private static GraphBatch ForEntities(IReadOnlyList<Entity> chunk, int b)
    {
        var articles = SyntheticArticles("e", b, chunk.Select(e => e.Name));
        return new GraphBatch(articles, [.. chunk.Select((e, i) => e with
        {
            Mentions = [new Evidence(articles[i % articles.Count].Id, e.Name + "参加了相关活动。", 0, e.Name.Length)],
        })], []);
    }

    private static GraphBatch ForRelations(IReadOnlyList<Relation> chunk, int b, Dictionary<string, string> names, Random rng)
    {
        var articles = SyntheticArticles("r", b, []);
        return new GraphBatch(articles, [], [.. chunk.Select((r, i) => r with
        {
            Evidence = [new Evidence(articles[i % articles.Count].Id, $"据悉，{names[r.SourceId]}与{names[r.TargetId]}近日在广州举行座谈，双方就深化科技合作进行了交流。", rng.Next(500), 520)],
        })]);
    }

    /// <summary>A few short articles per batch that the batch's mentions and evidence cite (the store needs them to exist).</summary>
    private static List<Article> SyntheticArticles(string phase, int batch, IEnumerable<string> names)
    {
        var body = string.Concat(names.Take(20).Select(n => n + "出席会议并讲话。"));
        return [.. Enumerable.Range(0, ArticlesPerBatch).Select(i => new Article(
            Ids.Article($"bench://graph/{phase}{batch}", i), $"bench-{phase}{batch}", $"第{batch}批第{i}篇合成报道。{body}")
        {
            Title = $"合成报道{batch}-{i}",
            PublishedOn = new DateOnly(2024, 1, 1).AddDays((batch + i) % 700),
        })];
    }

    private static GraphSamples Samples(Random rng, Entity[] entities, List<Relation> relations, List<(string, string)> peers, int[] degree)
    {
        var ids = Enumerable.Range(0, 2000).Select(_ => entities[rng.Next(entities.Length)].Id).ToList();
        var hubs = Enumerable.Range(0, entities.Length).OrderByDescending(i => degree[i]).Take(20).Select(i => entities[i].Id).ToList();
        var fragments = Enumerable.Range(0, 500).Select(_ =>
        {
            var name = entities[rng.Next(entities.Length)].Name;
            var len = Math.Min(name.Length, 2 + rng.Next(3));
            return name.Substring(rng.Next(name.Length - len + 1), len);
        }).ToList();

        // Path pairs two hops apart through a shared neighbour, and random pairs (mostly unreachable within 3 hops).
        var pairs = new List<(string, string)>();
        for (var i = 0; i < 500; i++)
        {
            var a = relations[rng.Next(relations.Count)];
            var b = relations[rng.Next(relations.Count)];
            pairs.Add(i % 2 == 0 ? (a.SourceId, a.TargetId == b.SourceId ? b.TargetId : b.SourceId) : (a.SourceId, b.TargetId));
        }

        // Two members of one alliance, found by grouping the sampled MEMBER_OF edges by alliance.
        var alliancePeers = peers.GroupBy(p => p.Item2).Where(g => g.Count() >= 2)
            .Select(g => (g.First().Item1, g.Skip(1).First().Item1)).Take(500).ToList();
        return new GraphSamples(ids, hubs, fragments, pairs, alliancePeers);
    }

    private static DegreeSummary Summary(int[] degree)
    {
        var sorted = degree.Order().ToArray();
        return new DegreeSummary(sorted[^1], degree.Average(), sorted[sorted.Length / 2], sorted[(int)(sorted.Length * 0.99)], degree.Count(d => d == 0));
    }

    private static int PickEnd(Random rng, List<int> pool) => pool[rng.Next(2) == 0 ? Zipf.Pick(rng, pool.Count) : rng.Next(pool.Count)];

    private static List<int> Pool(Dictionary<string, List<int>> pools, string key)
    {
        if (!pools.TryGetValue(key, out var list))
        {
            pools[key] = list = [];
        }

        return list;
    }

    private static T Weighted<T>(Random rng, T[] items, Func<T, double> weight)
    {
        var x = rng.NextDouble() * items.Sum(weight);
        foreach (var item in items)
        {
            x -= weight(item);
            if (x <= 0)
            {
                return item;
            }
        }

        return items[^1];
    }

    private static List<GraphBatch> Batches<T>(IReadOnlyList<T> items, int size, Func<IReadOnlyList<T>, int, GraphBatch> make)
    {
        var result = new List<GraphBatch>();
        for (int start = 0, b = 0; start < items.Count; start += size, b++)
        {
            result.Add(make([.. items.Skip(start).Take(size)], b));
        }

        return result;
    }
}
