using KnowledgeGraph.Ingest.Crawl.State;
using KnowledgeGraph.Ingest.Fetch;
using KnowledgeGraph.Ingest.Load;
using KnowledgeGraph.Ingest.Parse;
using KnowledgeGraph.Model;
using KnowledgeGraph.Model.Articles;

namespace KnowledgeGraph.Ingest.Crawl.Running;

/// <summary>
/// Decides what a fetched article page means and stores only what is new: the same text as last time is skipped; text
/// already stored from another URL is a syndicated copy, recorded as another source of that article; new or edited
/// text is ingested with its attachments under the article id of its URL, so an edit replaces the old evidence.
/// The graph store is written before the crawl state, so a crash in between costs one idempotent re-write, never a loss.
/// </summary>
public sealed class ArticleIngestor(DocumentParser parser, IngestPipeline pipeline, AttachmentCollector attachments, CrawlState state, TimeProvider time)
{
    public async Task HandleAsync(CrawlRun run, FrontierItem item, FetchOutcome outcome, PageRecord? previous, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(outcome);
        var url = run.Rules.Canonicalizer.Canonicalize(outcome.FinalUrl ?? item.Url) ?? item.Url;
        var document = outcome.Document! with { Origin = url.AbsoluteUri, Name = url.AbsoluteUri };
        var now = time.GetUtcNow();
        var page = (previous ?? new PageRecord(item.Url.AbsoluteUri, run.Source, item.Kind.ToString(), PageStatus.Ingested)) with
        {
            Source = run.Source,
            Kind = item.Kind.ToString(),
            HttpStatus = outcome.StatusCode,
            Validators = outcome.Validators,
            Referrer = item.Referrer,
            CheckedAt = now,
            LastError = null,
            Failures = 0,
        };

        IReadOnlyList<Article> articles;
        try
        {
            articles = parser.Parse(document);
        }
        catch (InvalidDocumentException e)
        {
            run.Failed(item.Url, e.Reason);
            await state.SavePageAsync(page with { Status = PageStatus.FailedPermanent, LastError = e.Reason, Failures = (previous?.Failures ?? 0) + 1 }, ct);
            return;
        }

        var hash = Ids.ContentHash(string.Join('\n', articles.Select(a => a.ContentHash)));
        if (previous?.ContentHash == hash)
        {
            run.Skipped("unchanged");
            await state.SavePageAsync(page with { Status = PageStatus.Unchanged }, ct);
            return;
        }

        var main = articles[0];
        var fingerprint = ContentFingerprint.Of(articles);
        if (await state.FindByFingerprintAsync(fingerprint, ct) is { } original && original.ArticleId != main.Id)
        {
            await state.RecordArticleAsync(original.ArticleId, fingerprint, url, run.Source, main.Publisher, ct);
            await state.SavePageAsync(page with { Status = PageStatus.Duplicate, ContentHash = hash, ArticleId = original.ArticleId, ChangedAt = now }, ct);
            run.Syndicated();
            return;
        }

        var attached = await attachments.CollectAsync(run, document, main, ct);
        var report = await pipeline.IngestArticlesAsync(url.AbsoluteUri, [.. articles, .. attached], ct);
        if (report.Failures.Count > 0)
        {
            var reason = report.Failures[0].Reason;
            run.Failed(item.Url, reason);
            await state.SavePageAsync(page with { Status = PageStatus.FailedTransient, CheckedAt = previous?.CheckedAt, LastError = reason, Failures = (previous?.Failures ?? 0) + 1 }, ct);
            return;
        }

        await state.RecordArticleAsync(main.Id, fingerprint, url, run.Source, main.Publisher, ct);
        await state.SavePageAsync(page with { Status = PageStatus.Ingested, ContentHash = hash, ArticleId = main.Id, ChangedAt = now }, ct);
        run.Ingested(report.Articles, report.EntitiesWritten, report.RelationsWritten);
    }
}
