using KnowledgeGraph.Model.Graph;

namespace KnowledgeGraph.Ingest.Resolve;

/// <summary>Merges entities that resolved to the same id within a batch: aliases and mentions unite.</summary>
internal sealed class EntityAccumulator
{
    /// <summary>Each id's entity so far, and its united mentions once a second occurrence has come (until then, its own).</summary>
    private readonly Dictionary<string, (Entity Entity, EvidenceSet? Mentions)> _byId = new(StringComparer.Ordinal);

    public void Add(Entity entity)
    {
        if (!_byId.TryGetValue(entity.Id, out var existing))
        {
            _byId[entity.Id] = (entity, null);
            return;
        }

        var (current, mentions) = existing;
        var name = entity.Name.Length > current.Name.Length ? entity.Name : current.Name;
        mentions ??= new EvidenceSet(current.Mentions);
        mentions.Add(entity.Mentions);
        _byId[entity.Id] = (current with
        {
            Name = name,
            Kind = current.Kind ?? entity.Kind,
            Aliases = [.. current.Aliases.Concat(entity.Aliases).Append(current.Name).Append(entity.Name).Where(a => a != name).Distinct()],
            Properties = Merge(current.Properties, entity.Properties),
        }, mentions);
    }

    public List<Entity> ToList() =>
        [.. _byId.Values.Select(v => v.Mentions is null ? v.Entity : v.Entity with { Mentions = v.Mentions.ToList() })];

    internal static Dictionary<string, string> Merge(IReadOnlyDictionary<string, string> first, IReadOnlyDictionary<string, string> second)
    {
        var merged = new Dictionary<string, string>(first);
        foreach (var (key, value) in second)
        {
            merged.TryAdd(key, value);
        }

        return merged;
    }
}
