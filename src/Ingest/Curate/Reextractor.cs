using KnowledgeGraph.Ingest.Load;
using KnowledgeGraph.Model.Curation;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingest.Curate;

/// <summary>
/// Runs extraction again over the stored article texts (after a lexicon or rule change) without fetching anything, with
/// the decisions applied as on every write. A rebuild first clears the extracted graph, so the result depends only on
/// the articles and the decisions. Reports the difference by id.
/// </summary>
public sealed class Reextractor(ICurationStore curationStore, Rederiver rederiver, CuratedBatches curation, IDecisionLog log, IOptions<IngestOptions> options)
{
    public async Task<ReextractReport> RunAsync(bool rebuild, IProgress<int>? progress, CancellationToken ct)
    {
        var before = await curationStore.SnapshotAsync(ct);
        var names = before.Entities.ToDictionary(e => e.Id, e => (e.Name, e.Kind), StringComparer.Ordinal);
        var allStored = before.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var articleIds = await curationStore.AllArticleIdsAsync(ct);
        await PassAsync(articleIds, rebuild, names, allStored, progress, ct);
        if (rebuild)
        {
            // Resolution looks at what the store holds, so a graph built from empty differs from one the same articles were
            // ingested into again (a short form like 省科协 joins the body stored meanwhile). A second pass reaches the state
            // re-ingestion gives, the one the graph had before the rebuild.
            await PassAsync(articleIds, rebuild: false, names, allStored, progress, ct);
        }

        var after = await curationStore.SnapshotAsync(ct);
        var decisions = (await log.ActiveAsync(ct)).Count;
        return Compare(articleIds.Count, before, after, decisions);
    }

    private async Task PassAsync(
        IReadOnlyList<string> articleIds, bool rebuild, Dictionary<string, (string Name, string? Kind)> names, HashSet<string> allStored, IProgress<int>? progress, CancellationToken ct)
    {
        var size = Math.Max(1, options.Value.BatchSize);
        var done = 0;
        foreach (var chunk in articleIds.Chunk(size))
        {
            var first = done == 0;

            // The first chunk of a rebuild resolves as if the store were empty: the same transaction empties it.
            var batch = await rederiver.BuildAsync(chunk, rebuild && first ? allStored : null, ct);
            batch = await curation.ApplyAsync(Rederiver.KeepNames(batch, names), rebuild && first ? allStored : null, ct);
            await curationStore.ReplaceAsync([], resetAll: rebuild && first, batch, ct);
            done += chunk.Length;
            progress?.Report(done);
        }
    }

    private static ReextractReport Compare(int articles, GraphSnapshot before, GraphSnapshot after, int decisions)
    {
        var (ea, er, ec) = Diff(before.Entities, after.Entities, e => e.Id);
        var (ra, rr, rc) = Diff(before.Relations, after.Relations, r => r.Id);
        return new ReextractReport(articles, ea, er, ec, ra, rr, rc, decisions);
    }

    private static (int Added, int Removed, int Changed) Diff<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> id)
    {
        var old = before.ToDictionary(id, StringComparer.Ordinal);
        var now = after.ToDictionary(id, StringComparer.Ordinal);
        return (now.Keys.Count(k => !old.ContainsKey(k)),
            old.Keys.Count(k => !now.ContainsKey(k)),
            now.Count(p => old.TryGetValue(p.Key, out var o) && !Equals(o, p.Value)));
    }
}
