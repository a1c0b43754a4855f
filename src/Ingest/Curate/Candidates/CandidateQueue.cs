using System.Globalization;
using KnowledgeGraph.Model.Curation;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Ingest.Curate.Candidates;

/// <summary>
/// The review queue: likely duplicates and low-confidence relations, highest score first (ties by id, so pages are
/// stable). Accepting or rejecting a candidate is one decision.
/// </summary>
public sealed class CandidateQueue(IServiceProvider services, IGraphStore store, IDecisionLog log, DuplicateFinder duplicates, CurationService curation)
{
    /// <summary>Relations the extractor gave less than this are offered for review.</summary>
    public const double LowConfidence = 0.75;

    private const int ReadPage = 500;

    public async Task<IReadOnlyList<Candidate>> ListAsync(CandidateKind? kind, CancellationToken ct)
    {
        var curationStore = services.GetService<ICurationStore>()
            ?? throw new CurationException(CurationError.NotSupported, "The candidate queue needs a store that can snapshot the graph (Store:Provider = Sqlite or Neo4j).");
        var snapshot = await curationStore.SnapshotAsync(ct);
        var result = new List<Candidate>();
        if (kind is null or CandidateKind.Duplicate)
        {
            var mentions = snapshot.Entities.ToDictionary(e => e.Id, e => e.Mentions.Length == 0 ? 0 : e.Mentions.Count(c => c == '|') + 1, StringComparer.Ordinal);
            var keptApart = (await log.ActiveAsync(ct)).Where(d => d.Kind == DecisionKind.KeepApart)
                .Select(d => (d.Payload.EntityId!, d.Payload.IntoId!)).ToHashSet();
            result.AddRange(duplicates.Find(await AllEntitiesAsync(ct), mentions, keptApart));
        }

        if (kind is null or CandidateKind.LowConfidenceRelation)
        {
            result.AddRange(snapshot.Relations.Where(r => r.Confidence < LowConfidence).Select(r =>
                new Candidate(Candidate.RelationPrefix + r.Id, CandidateKind.LowConfidenceRelation, Math.Round(1 - r.Confidence, 3),
                    [string.Create(CultureInfo.InvariantCulture, $"extractor confidence {r.Confidence:0.00} for {r.Type}")])
                {
                    RelationId = r.Id,
                }));
        }

        return [.. result.OrderByDescending(c => c.Score).ThenBy(c => c.Id, StringComparer.Ordinal)];
    }

    /// <summary>Accepting merges a duplicate or confirms a relation; rejecting keeps the pair apart or rejects the relation.</summary>
    public Task<Decision> DecideAsync(string candidateId, bool accept, string actor, string? reason, CancellationToken ct)
    {
        if (candidateId.StartsWith(Candidate.DuplicatePrefix, StringComparison.Ordinal)
            && candidateId[Candidate.DuplicatePrefix.Length..].Split(':') is [{ Length: > 0 } keep, { Length: > 0 } merge])
        {
            var payload = new DecisionPayload { EntityId = merge, IntoId = keep };
            return curation.DecideAsync(new NewDecision(accept ? DecisionKind.Merge : DecisionKind.KeepApart, payload, actor, reason), ct);
        }

        if (candidateId.StartsWith(Candidate.RelationPrefix, StringComparison.Ordinal) && candidateId.Length > Candidate.RelationPrefix.Length)
        {
            var payload = new DecisionPayload { RelationId = candidateId[Candidate.RelationPrefix.Length..] };
            return curation.DecideAsync(new NewDecision(accept ? DecisionKind.ConfirmRelation : DecisionKind.RejectRelation, payload, actor, reason), ct);
        }

        throw new CurationException(CurationError.BadInput, $"'{candidateId}' is not a candidate id (dup:<keep>:<merge> or rel:<relation>).");
    }

    private async Task<List<Entity>> AllEntitiesAsync(CancellationToken ct)
    {
        var all = new List<Entity>();
        string? after = null;
        do
        {
            var page = await store.ListEntitiesAsync(new EntityFilter(), new PageRequest(ReadPage, after), ct);
            all.AddRange(page.Items);
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        return all;
    }
}
