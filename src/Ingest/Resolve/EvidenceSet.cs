using KnowledgeGraph.Model.Graph;

namespace KnowledgeGraph.Ingest.Resolve;

/// <summary>
/// Evidence in first-seen order without repeats, grown as a batch brings the same entity or relation again. A hub
/// (中国科协) recurs in most documents of a batch; re-concatenating and de-duplicating its whole list at each recurrence
/// made resolution quadratic in the batch size.
/// </summary>
internal sealed class EvidenceSet
{
    private readonly List<Evidence> _items = [];
    private readonly HashSet<Evidence> _seen = [];

    public EvidenceSet(IEnumerable<Evidence> first) => Add(first);

    public void Add(IEnumerable<Evidence> items)
    {
        foreach (var item in items)
        {
            if (_seen.Add(item))
            {
                _items.Add(item);
            }
        }
    }

    public IReadOnlyList<Evidence> ToList() => [.. _items];
}
