using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Benchmarks.Generate;

/// <summary>
/// The population of names generated articles draw from: per entity type and organisation kind, a pool sized to the
/// corpus, picked by <see cref="Zipf"/> rank so that a few names recur in many articles and most in one or two.
/// Kinds the generator does not make (government bodies, media, international bodies …) keep their seed names:
/// those are the real hubs of the network (中国科协, 科技部) and stay hubs in the generated corpus.
/// </summary>
public sealed class NameWorld
{
    private static readonly string[] GeneratedKinds =
    [
        OrganizationKinds.Association, OrganizationKinds.Society, OrganizationKinds.Alliance, OrganizationKinds.University,
        OrganizationKinds.ResearchInstitute, OrganizationKinds.Enterprise, OrganizationKinds.Platform,
    ];

    private readonly Dictionary<string, string[]> _pools = [];

    public NameWorld(Random rng, int articles)
    {
        var orgPool = Math.Max(200, articles / 2);
        foreach (var kind in GeneratedKinds)
        {
            _pools[EntityTypes.Organization + "/" + kind] = Distinct(orgPool, () => ChineseNames.Organization(rng, kind).Name);
        }

        _pools[EntityTypes.Person] = Make(Math.Max(500, articles * 3), () => ChineseNames.Person(rng));
        _pools[EntityTypes.Event] = Distinct(Math.Max(200, articles), () => ChineseNames.Event(rng, 2020 + rng.Next(7)));
        _pools[EntityTypes.Program] = Distinct(Math.Max(100, articles / 5), () => ChineseNames.Program(rng));
    }

    /// <summary>A name for a slot of the seed entity, or null to keep the seed's own name.</summary>
    public string? Pick(Random rng, SeedEntity seed)
    {
        var key = seed.Type == EntityTypes.Organization ? seed.Type + "/" + seed.Kind : seed.Type;
        return _pools.TryGetValue(key, out var pool) ? pool[Zipf.Pick(rng, pool.Length)] : null;
    }

    // People share names (namesakes are part of the resolver's job); bodies, events and programmes mostly do not.
    private static string[] Make(int n, Func<string> make) => [.. Enumerable.Range(0, n).Select(_ => make())];

    private static string[] Distinct(int n, Func<string> make)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var tries = 0; seen.Count < n && tries < n * 4; tries++)
        {
            seen.Add(make());
        }

        return [.. seen];
    }
}
