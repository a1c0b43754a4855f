using KnowledgeGraph.Model.Graph;

namespace KnowledgeGraph.Ingest.Resolve;

/// <summary>Merges relations with the same id within a batch: evidence unites, confidence is the highest.</summary>
internal sealed class RelationAccumulator
{
    private readonly Dictionary<string, Relation> _byId = new(StringComparer.Ordinal);

    public void Add(Relation relation)
    {
        _byId[relation.Id] = _byId.TryGetValue(relation.Id, out var existing)
            ? existing with
            {
                Properties = EntityAccumulator.Merge(existing.Properties, relation.Properties),
                Confidence = Math.Max(existing.Confidence, relation.Confidence),
                Evidence = [.. existing.Evidence.Concat(relation.Evidence).Distinct()],
            }
            : relation;
    }

    public List<Relation> ToList() => [.. _byId.Values];
}
