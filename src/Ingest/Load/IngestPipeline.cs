using KnowledgeGraph.Ingest.Curate;
using KnowledgeGraph.Ingest.Fetch;
using KnowledgeGraph.Ingest.Parse;
using KnowledgeGraph.Ingest.Resolve;
using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Extraction;
using KnowledgeGraph.Model.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingest.Load;

/// <summary>
/// fetch → parse → extract → resolve → curate → load. Inputs stream through; documents are committed in batches, each batch one
/// transaction. A bad input is reported and skipped; a batch the store refuses is retried document by document so one
/// bad document cannot take the others down with it.
/// </summary>
public sealed class IngestPipeline(
    DocumentParser parser,
    IExtractor extractor,
    EntityResolver resolver,
    CuratedBatches curation,
    IGraphStore store,
    IOptions<IngestOptions> options,
    ILogger<IngestPipeline> logger)
{
    private readonly int _batchSize = Math.Max(1, options.Value.BatchSize);

    /// <summary>
    /// While a batch is resolved and written (on the thread pool), the next one is fetched, parsed and extracted, so a
    /// back-catalogue keeps two cores busy. Batches are still written one after another, in input order: a batch is
    /// resolved only once the one before it is stored, so it matches the entities that one introduced.
    /// </summary>
    public async Task<IngestReport> IngestAsync(IAsyncEnumerable<FetchOutcome> inputs, IProgress<IngestProgress>? progress = null, CancellationToken ct = default)
    {
        var report = IngestReport.Empty;
        var pending = new List<(string Input, IReadOnlyList<DocumentGraph> Graphs)>();
        Task<IngestReport>? writing = null;
        var seen = 0;
        try
        {
            await foreach (var outcome in inputs.WithCancellation(ct))
            {
                seen++;
                if (outcome.Document is null)
                {
                    report = report.Add(Failed(outcome.Input, outcome.Error ?? "could not be read"));
                }
                else
                {
                    var (graphs, error) = ParseAndExtract(outcome.Input, outcome.Document);
                    if (graphs is not null)
                    {
                        pending.Add((outcome.Input, graphs));
                    }
                    else
                    {
                        report = report.Add(Failed(outcome.Input, error!));
                    }
                }

                if (pending.Count >= _batchSize)
                {
                    if (writing is not null)
                    {
                        report = report.Add(await writing);
                    }

                    var batch = pending;
                    pending = [];
                    writing = Task.Run(() => WriteAsync(batch, ct), ct);
                }

                progress?.Report(new IngestProgress(seen, report.Documents, report.Failures.Count, outcome.Input));
            }

            if (writing is not null)
            {
                report = report.Add(await writing);
                writing = null;
            }

            if (pending.Count > 0)
            {
                report = report.Add(await WriteAsync(pending, ct));
            }

            return report;
        }
        finally
        {
            // Stopped early (cancelled, or the input failed): let the batch in flight finish or roll back before returning.
            if (writing is not null)
            {
                await ((Task)writing).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    public Task<IngestReport> IngestAsync(IReadOnlyList<RawDocument> documents, CancellationToken ct = default) =>
        IngestAsync(documents.Select(d => FetchOutcome.Success(d.Origin, d)).ToAsyncEnumerable(), null, ct);

    /// <summary>
    /// Articles already parsed by a caller that had to look at them first (the crawler checks hashes and syndicated
    /// copies before storing): extracted, resolved and stored as one document in one transaction.
    /// </summary>
    public async Task<IngestReport> IngestArticlesAsync(string input, IReadOnlyList<Article> articles, CancellationToken ct = default)
    {
        IReadOnlyList<DocumentGraph> graphs;
        try
        {
            graphs = [.. articles.Select(extractor.Extract)];
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Extracting {Input} failed", input);
            return Failed(input, $"{ex.GetType().Name}: {ex.Message}");
        }

        return await WriteAsync([(input, graphs)], ct);
    }

    private (IReadOnlyList<DocumentGraph>? Graphs, string? Error) ParseAndExtract(string input, RawDocument document)
    {
        try
        {
            var articles = parser.Parse(document);
            return ([.. articles.Select(extractor.Extract)], null);
        }
        catch (InvalidDocumentException ex)
        {
            return (null, ex.Reason);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An extractor bug on one article must not stop the batch; the log keeps the stack for the developers.
            logger.LogError(ex, "Parsing or extracting {Input} failed", input);
            return (null, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private async Task<IngestReport> WriteAsync(List<(string Input, IReadOnlyList<DocumentGraph> Graphs)> documents, CancellationToken ct)
    {
        try
        {
            return await WriteOnceAsync(documents, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && documents.Count > 1)
        {
            logger.LogWarning(ex, "A batch of {Count} documents failed; retrying them one by one", documents.Count);
            var report = IngestReport.Empty;
            foreach (var document in documents)
            {
                report = report.Add(await WriteAsync([document], ct));
            }

            return report;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Writing {Input} failed", documents[0].Input);
            return Failed(documents[0].Input, $"the store refused it: {ex.Message}");
        }
    }

    private async Task<IngestReport> WriteOnceAsync(List<(string Input, IReadOnlyList<DocumentGraph> Graphs)> documents, CancellationToken ct)
    {
        var graphs = documents.SelectMany(d => d.Graphs).ToList();
        var batch = await curation.ApplyAsync(await resolver.ResolveAsync(graphs, ct), null, ct);
        var result = await store.WriteAsync(batch, ct);
        logger.LogInformation("Stored {Documents} documents ({Articles} articles): {Entities} entities, {Relations} relations",
            documents.Count, result.Articles, result.EntitiesWritten, result.RelationsWritten);
        return new IngestReport(documents.Count, result.Articles, result.EntitiesWritten, result.RelationsWritten, []);
    }

    private IngestReport Failed(string input, string reason)
    {
        logger.LogWarning("Skipped {Input}: {Reason}", input, reason);
        return IngestReport.Empty with { Failures = [new IngestFailure(input, reason)] };
    }
}
