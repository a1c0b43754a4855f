using KnowledgeGraph.Ingest.Crawl.Links;
using KnowledgeGraph.Ingest.Crawl.State;
using KnowledgeGraph.Ingest.Parse;
using KnowledgeGraph.Model.Articles;

namespace KnowledgeGraph.Ingest.Crawl.Running;

/// <summary>
/// The attachments of a notice page (PDF, DOCX links), fetched politely and parsed into articles that belong to the
/// notice: same document, its title, publisher and date where the file says nothing. A bad attachment is recorded
/// and skipped; it never costs the notice.
/// </summary>
public sealed class AttachmentCollector(PoliteFetcher fetcher, LinkExtractor links, DocumentParser parser, CrawlState state, TimeProvider time)
{
    // Anchor texts shorter than this ("下载", "附件1") say nothing; the notice's title does.
    private const int MinimumTitleLength = 5;

    public async Task<IReadOnlyList<Article>> CollectAsync(CrawlRun run, RawDocument page, Article notice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(notice);
        if (run.Rules.Source.MaxAttachmentsPerArticle == 0 || !IsHtml(page))
        {
            return [];
        }

        var collected = new List<Article>();
        foreach (var link in links.Attachments(page, run.Rules))
        {
            collected.AddRange(await FetchOneAsync(run, link, page.Origin, notice, ct));
        }

        return collected;
    }

    private async Task<IReadOnlyList<Article>> FetchOneAsync(CrawlRun run, PageLink link, string noticeUrl, Article notice, CancellationToken ct)
    {
        var record = new PageRecord(link.Url.AbsoluteUri, run.Source, "Attachment", PageStatus.Attachment) { Referrer = noticeUrl };
        var outcome = await fetcher.FetchAsync(run, link.Url, null, null, ct);
        if (outcome is null)
        {
            run.Skipped("robots");
            await state.SavePageAsync(record with { Status = PageStatus.RobotsDisallowed, CheckedAt = time.GetUtcNow() }, ct);
            return [];
        }

        if (outcome.Document is null)
        {
            run.Failed(link.Url, outcome.Error ?? "could not be fetched");
            await state.SavePageAsync(record with { Status = PageStatus.FailedTransient, HttpStatus = outcome.StatusCode, LastError = outcome.Error }, ct);
            return [];
        }

        run.Fetched();
        IReadOnlyList<Article> articles;
        try
        {
            // Named after the notice, so the parser files its articles under the notice's document.
            articles = parser.Parse(outcome.Document with { Origin = link.Url.AbsoluteUri, Name = notice.Document });
        }
        catch (InvalidDocumentException e)
        {
            run.Failed(link.Url, e.Reason);
            await state.SavePageAsync(record with { Status = PageStatus.FailedPermanent, HttpStatus = outcome.StatusCode, LastError = e.Reason, CheckedAt = time.GetUtcNow() }, ct);
            return [];
        }

        var title = link.Text.Length >= MinimumTitleLength ? link.Text : $"{notice.Title}（附件）";
        await state.SavePageAsync(record with
        {
            HttpStatus = outcome.StatusCode,
            Validators = outcome.Validators,
            ContentHash = ContentFingerprint.Of(articles),
            ArticleId = articles[0].Id,
            CheckedAt = time.GetUtcNow(),
            ChangedAt = time.GetUtcNow(),
        }, ct);
        return [.. articles.Select(a => a with
        {
            Title = a.Title ?? title,
            Publisher = a.Publisher ?? notice.Publisher,
            PublishedOn = a.PublishedOn ?? notice.PublishedOn,
        })];
    }

    private static bool IsHtml(RawDocument page) =>
        MediaType.Of(page) is "text/html" or "application/xhtml+xml" || ContentSniffer.LooksLikeHtml(page.Content.Span);
}
