using KnowledgeGraph.Model.Graph;

namespace KnowledgeGraph.Ingest.Resolve;

/// <summary>Merges entities that resolved to the same id within a batch: aliases and mentions unite.</summary>
internal sealed class EntityAccumulator
{
    private readonly Dictionary<string, Entity> _byId = new(StringComparer.Ordinal);

    public void Add(Entity entity)
    {
        if (!_byId.TryGetValue(entity.Id, out var existing))
        {
            _byId[entity.Id] = entity;
            return;
        }

        var name = entity.Name.Length > existing.Name.Length ? entity.Name : existing.Name;
        _byId[entity.Id] = existing with
        {
            Name = name,
            Kind = existing.Kind ?? entity.Kind,
            Aliases = [.. existing.Aliases.Concat(entity.Aliases).Append(existing.Name).Append(entity.Name).Where(a => a != name).Distinct()],
            Properties = Merge(existing.Properties, entity.Properties),
            Mentions = [.. existing.Mentions.Concat(entity.Mentions).Distinct()],
        };
    }

    public List<Entity> ToList() => [.. _byId.Values];

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
