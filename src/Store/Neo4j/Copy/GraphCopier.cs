using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Sqlite;
using KnowledgeGraph.Store.Sqlite.Curation;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Store.Neo4j.Copy;

/// <summary>
/// Copies an embedded store into Neo4j batch by batch (each batch one transaction, so an interrupted copy can simply be
/// run again: writes are idempotent), then its curation decision log (one transaction, seqs kept; with Neo4j the log
/// lives there), then compares the two stores' counts.
/// </summary>
public static class GraphCopier
{
    /// <param name="decisionsOnly">
    /// Copy only the decision log: for a deployment already on Neo4j whose decisions were kept in the SQLite file (before
    /// the log moved to Neo4j), whose graph must not be overwritten by the file's older one.
    /// </param>
    public static async Task<CopyReport> CopyAsync(
        string sqlitePath, Neo4jGraphStore target, int articlesPerBatch, IProgress<string>? progress, CancellationToken ct, bool decisionsOnly = false)
    {
        var before = await target.GetStatsAsync(ct);
        var written = decisionsOnly ? 0 : await CopyBatchesAsync(new EmbeddedGraphExport(sqlitePath),
            (batch, ingestedAt, c) => target.WriteAsync(batch, ingestedAt ?? DateTimeOffset.UtcNow, c), articlesPerBatch, progress, ct);

        var sourceOptions = Options.Create(new SqliteStoreOptions { Path = sqlitePath });
        int decisions;
        using (var log = new SqliteDecisionLog(sourceOptions))
        {
            decisions = await new Neo4jDecisionLog(target).ImportAsync(await log.AllAsync(ct), ct);
        }

        progress?.Report($"{decisions} curation decisions copied");
        using var source = new SqliteGraphStore(sourceOptions);
        return new CopyReport(written, await source.GetStatsAsync(ct), await target.GetStatsAsync(ct), TargetWasEmpty: before.Articles + before.Entities == 0)
        {
            DecisionsCopied = decisions,
        };
    }

    /// <summary>Writes every batch of <paramref name="export"/> through <paramref name="write"/>; returns how many batches.</summary>
    public static async Task<int> CopyBatchesAsync(
        EmbeddedGraphExport export,
        Func<Model.Graph.GraphBatch, DateTimeOffset?, CancellationToken, Task<WriteResult>> write,
        int articlesPerBatch,
        IProgress<string>? progress,
        CancellationToken ct)
    {
        var batches = 0;
        var articles = 0;
        await foreach (var item in export.BatchesAsync(articlesPerBatch, ct))
        {
            await write(item.Batch, item.IngestedAt, ct);
            batches++;
            articles += item.Batch.Articles.Count;
            progress?.Report($"batch {batches}: {articles} articles copied");
        }

        return batches;
    }
}
