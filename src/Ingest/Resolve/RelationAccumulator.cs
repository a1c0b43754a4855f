using KnowledgeGraph.Model.Graph;

namespace KnowledgeGraph.Ingest.Resolve;

/// <summary>Merges relations with the same id within a batch: evidence unites, confidence is the highest.</summary>
internal sealed class RelationAccumulator
{
    /// <summary>Each id's relation so far, and its united evidence once a second occurrence has come (until then, its own).</summary>
    private readonly Dictionary<string, (Relation Relation, EvidenceSet? Evidence)> _byId = new(StringComparer.Ordinal);

    public void Add(Relation relation)
    {
        if (!_byId.TryGetValue(relation.Id, out var existing))
        {
            _byId[relation.Id] = (relation, null);
            return;
        }

        var (current, evidence) = existing;
        evidence ??= new EvidenceSet(current.Evidence);
        evidence.Add(relation.Evidence);
        _byId[relation.Id] = (current with
        {
            Properties = EntityAccumulator.Merge(current.Properties, relation.Properties),
            Confidence = Math.Max(current.Confidence, relation.Confidence),
        }, evidence);
    }

    public List<Relation> ToList() =>
        [.. _byId.Values.Select(v => v.Evidence is null ? v.Relation : v.Relation with { Evidence = v.Evidence.ToList() })];
}
