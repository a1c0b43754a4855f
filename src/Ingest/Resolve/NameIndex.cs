using KnowledgeGraph.Model;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Ingest.Resolve;

/// <summary>Known entities by (type, normalised name or alias), for matching new mentions to existing ids.</summary>
internal sealed class NameIndex
{
    private readonly Dictionary<(string Type, string Name), List<Entity>> _byName = [];

    public void Add(Entity entity, IEnumerable<string> names, ContextDependentNames contextNames)
    {
        foreach (var name in names.Select(Ids.Normalize).Where(n => n.Length > 0 && !contextNames.Contains(n)))
        {
            if (!_byName.TryGetValue((entity.Type, name), out var list))
            {
                _byName[(entity.Type, name)] = list = [];
            }

            var at = list.FindIndex(e => e.Id == entity.Id);
            if (at >= 0)
            {
                list[at] = entity;
            }
            else
            {
                list.Add(entity);
            }
        }
    }

    public Entity? Find(string type, IEnumerable<string> names, string? affiliation)
    {
        var candidates = names
            .SelectMany(n => _byName.GetValueOrDefault((type, n)) ?? [])
            .DistinctBy(e => e.Id)
            .ToList();
        if (type != EntityTypes.Person)
        {
            return candidates.FirstOrDefault();
        }

        // Same name, different people is common (张勇): merge only on agreeing affiliation, or a unique candidate when one side has none.
        var sameAffiliation = candidates.Where(c => Affiliation(c) is { } a && affiliation is not null && Ids.Normalize(a) == Ids.Normalize(affiliation)).ToList();
        if (sameAffiliation.Count > 0)
        {
            return sameAffiliation[0];
        }

        if (candidates.Count == 1 && (affiliation is null || Affiliation(candidates[0]) is null))
        {
            return candidates[0];
        }

        return null;
    }

    private static string? Affiliation(Entity e) => e.Properties.GetValueOrDefault(EntityProperties.Affiliation);
}
