using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Store.Neo4j.Copy;

/// <summary>
/// Copies an embedded store into Neo4j batch by batch (each batch one transaction, so an interrupted copy can simply be
/// run again: writes are idempotent), then compares the two stores' counts.
/// </summary>
public static class GraphCopier
{
    public static async Task<CopyReport> CopyAsync(
        string sqlitePath, Neo4jGraphStore target, int articlesPerBatch, IProgress<string>? progress, CancellationToken ct)
    {
        var before = await target.GetStatsAsync(ct);
        var written = await CopyBatchesAsync(new EmbeddedGraphExport(sqlitePath),
            (batch, ingestedAt, c) => target.WriteAsync(batch, ingestedAt ?? DateTimeOffset.UtcNow, c), articlesPerBatch, progress, ct);

        using var source = new SqliteGraphStore(Options.Create(new SqliteStoreOptions { Path = sqlitePath }));
        return new CopyReport(written, await source.GetStatsAsync(ct), await target.GetStatsAsync(ct), TargetWasEmpty: before.Articles + before.Entities == 0);
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
