using KnowledgeGraph.Ingest.Resolve;
using KnowledgeGraph.Model.Curation;
using KnowledgeGraph.Model.Extraction;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.Ingest.Curate;

/// <summary>
/// Recomputes the curated facts of some entities from the stored article texts (never re-fetched): the articles supporting
/// them are extracted and resolved again as if those entities were not stored, the decisions are applied, and the result
/// replaces the entities in one transaction. Making or undoing a decision is exactly this, so the graph after it is the
/// same one a re-ingest of those articles would give.
/// </summary>
public sealed class Rederiver(IGraphStore store, ICurationStore curationStore, IExtractor extractor, EntityResolver resolver, CuratedBatches curation, IDecisionLog log)
{
    /// <param name="names">Canonical name and kind to keep for entities that come back (their stored form, or what an undo restores).</param>
    public async Task<WriteResult> RederiveAsync(IReadOnlyCollection<string> scope, IReadOnlyDictionary<string, (string Name, string? Kind)> names, CancellationToken ct)
    {
        var ids = await WithSplitsAsync(scope, ct);
        var articleIds = await curationStore.ArticlesSupportingAsync(ids, ct);
        var batch = await BuildAsync(articleIds, ids, ct);
        batch = KeepNames(batch, names);
        batch = await curation.ApplyAsync(batch, ids, ct);
        return await curationStore.ReplaceAsync(ids, resetAll: false, batch, ct);
    }

    /// <summary>
    /// Mentions split off a scope entity belong to it again if the split stops applying (its entity was merged back apart,
    /// say), so the split-off entities are re-derived with it and their articles re-read.
    /// </summary>
    private async Task<HashSet<string>> WithSplitsAsync(IReadOnlyCollection<string> scope, CancellationToken ct)
    {
        var ids = scope.ToHashSet(StringComparer.Ordinal);
        foreach (var split in (await log.AllAsync(ct)).Where(d => d.Kind == DecisionKind.Split))
        {
            if (split.SplitEntityId() is { } splitId && (ids.Contains(split.Payload.EntityId!) || ids.Contains(splitId)))
            {
                ids.Add(splitId);
                ids.Add(split.Payload.EntityId!);
            }
        }

        return ids;
    }

    /// <summary>Extracts and resolves stored articles, in the order given (the order they were ingested in).</summary>
    public async Task<GraphBatch> BuildAsync(IReadOnlyList<string> articleIds, IReadOnlySet<string>? ignoredIds, CancellationToken ct)
    {
        var articles = await store.GetArticlesAsync(articleIds, ct);
        IReadOnlyList<DocumentGraph> graphs = [.. articles.Select(extractor.Extract)];
        return await resolver.ResolveAsync(graphs, ignoredIds, ct);
    }

    /// <summary>
    /// Re-deriving in one batch would pick the fullest name form where incremental ingest kept the first stored one; the
    /// stored form is kept so that re-deriving changes only what the decision changes.
    /// </summary>
    public static GraphBatch KeepNames(GraphBatch batch, IReadOnlyDictionary<string, (string Name, string? Kind)> names) =>
        batch with
        {
            Entities = [.. batch.Entities.Select(e => names.TryGetValue(e.Id, out var kept)
                ? e with
                {
                    Name = kept.Name,
                    Kind = kept.Kind ?? e.Kind,
                    Aliases = [.. e.Aliases.Append(e.Name).Where(a => a != kept.Name).Distinct()],
                }
                : e)],
        };
}
