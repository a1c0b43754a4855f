using KnowledgeGraph.Model.Curation;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.Ingest.Curate;

/// <summary>Loads the active decisions and what the overlay needs from the store, then applies <see cref="CurationOverlay"/>.</summary>
public sealed class CuratedBatches(IDecisionLog log, IGraphStore store, KnowledgeOntology ontology)
{
    /// <param name="resetIds">Entities the same write deletes first; a hand-made relation cannot lean on their stored rows.</param>
    public async Task<GraphBatch> ApplyAsync(GraphBatch batch, IReadOnlySet<string>? resetIds, CancellationToken ct)
    {
        var decisions = await log.ActiveAsync(ct);
        if (decisions.Count == 0)
        {
            return batch;
        }

        var ends = decisions.Where(d => d.Kind == DecisionKind.AddRelation)
            .SelectMany(d => new[] { d.Payload.SourceId!, d.Payload.TargetId! })
            .Where(id => resetIds?.Contains(id) != true)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var stored = ends.Count == 0
            ? new HashSet<string>(StringComparer.Ordinal)
            : (await store.GetEntitiesAsync(ends, ct)).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        return CurationOverlay.Apply(batch, decisions, ontology, stored);
    }
}
