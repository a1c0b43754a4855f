using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KnowledgeGraph.Ingest.Crawl.Sources;
using KnowledgeGraph.Ingest.Parse;

namespace KnowledgeGraph.Ingest.Crawl.Links;

/// <summary>
/// The links of an HTML page, resolved (against &lt;base href&gt; when the page has one) and canonicalised, and sorted
/// by what the source's rules say they are: articles, list pages, attachments.
/// </summary>
public sealed class LinkExtractor
{
    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

    /// <summary>Article links and list-page links of a list page, each once, in page order, on the source's hosts only.</summary>
    public (IReadOnlyList<PageLink> Articles, IReadOnlyList<PageLink> Lists) FromListPage(RawDocument page, SourceRules rules)
    {
        using var document = Open(page);
        var baseUrl = BaseUrl(document, page);
        var articles = Links(document, rules.Source.ArticleLinkSelector, baseUrl, rules)
            .Where(l => rules.IsArticle(l.Url) || (!rules.HasArticlePatterns && rules.Source.ArticleLinkSelector is not null))
            .DistinctBy(l => l.Url.AbsoluteUri)
            .ToList();
        var articleUrls = articles.Select(a => a.Url.AbsoluteUri).ToHashSet(StringComparer.Ordinal);
        var lists = Links(document, rules.Source.ListLinkSelector, baseUrl, rules)
            .Where(l => !articleUrls.Contains(l.Url.AbsoluteUri) && !rules.IsAttachment(l.Url))
            .Where(l => rules.IsList(l.Url) || (!rules.HasListPatterns && rules.Source.ListLinkSelector is not null))
            .DistinctBy(l => l.Url.AbsoluteUri)
            .ToList();
        return (articles, lists);
    }

    /// <summary>The attachment links of an article page, each once, at most <see cref="CrawlSource.MaxAttachmentsPerArticle"/>.</summary>
    public IReadOnlyList<PageLink> Attachments(RawDocument page, SourceRules rules)
    {
        using var document = Open(page);
        return Links(document, null, BaseUrl(document, page), rules)
            .Where(l => rules.IsAttachment(l.Url))
            .DistinctBy(l => l.Url.AbsoluteUri)
            .Take(rules.Source.MaxAttachmentsPerArticle)
            .ToList();
    }

    private static IDocument Open(RawDocument page)
    {
        var text = TextDecoder.Decode(page, sniffHtmlMeta: true).Text;
        return new AngleSharp.Html.Parser.HtmlParser(ParserOptions).ParseDocument(text);
    }

    private static Uri BaseUrl(IDocument document, RawDocument page)
    {
        var origin = new Uri(page.Origin);
        var href = document.QuerySelector("base[href]")?.GetAttribute("href");
        return href is not null && Uri.TryCreate(origin, href, out var declared) && declared.Scheme is "http" or "https" ? declared : origin;
    }

    private static IEnumerable<PageLink> Links(IDocument document, string? selector, Uri baseUrl, SourceRules rules)
    {
        IEnumerable<IElement> anchors;
        if (selector is null)
        {
            anchors = document.QuerySelectorAll("a[href]");
        }
        else
        {
            // A selector may name the anchors or the block around them.
            anchors = document.QuerySelectorAll(selector)
                .SelectMany(e => e.LocalName == "a" ? (IEnumerable<IElement>)[e] : e.QuerySelectorAll("a[href]"));
        }

        foreach (var anchor in anchors)
        {
            if (rules.Canonicalizer.Resolve(baseUrl, anchor.GetAttribute("href")) is { } url && rules.IsAllowedHost(url))
            {
                yield return new PageLink(url, TextNormalizer.Normalize(anchor.TextContent).Trim());
            }
        }
    }
}
