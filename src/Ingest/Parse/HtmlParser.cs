using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KnowledgeGraph.Model;
using KnowledgeGraph.Model.Articles;
using AngleSharpHtmlParser = AngleSharp.Html.Parser.HtmlParser;

namespace KnowledgeGraph.Ingest.Parse;

/// <summary>
/// An article web page: metadata from CMS meta tags and labelled lines, text from the content container with page
/// furniture (scripts, menus, share bars, pagers) left out. One page is one article.
/// </summary>
public sealed class HtmlParser : IDocumentParser
{
    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

    private readonly HtmlLayoutRules _html;
    private readonly TextLayoutRules _text;
    private readonly HtmlContentLocator _locator;
    private readonly HtmlTextExtractor _extractor;
    private readonly HtmlMetadataReader _metadata;
    private readonly ArticleLayoutReader _layout;

    public HtmlParser()
        : this(ParseRules.Default)
    {
    }

    internal HtmlParser(ParseRules rules)
    {
        _html = rules.Html;
        _text = rules.Text;
        _locator = new HtmlContentLocator(rules.Html);
        _extractor = new HtmlTextExtractor(rules.Html);
        _metadata = new HtmlMetadataReader(rules.Html, rules.Text);
        _layout = new ArticleLayoutReader(rules.Text, new ArticleSegmenter(rules.Text));
    }

    public int Score(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var bytes = document.Content.Span;
        if (bytes.IsEmpty || ContentSniffer.BinaryReason(bytes) is not null)
        {
            return 0;
        }

        if (MediaType.Of(document) is "text/html" or "application/xhtml+xml")
        {
            return 100;
        }

        var looksLikeHtml = ContentSniffer.LooksLikeHtml(bytes);
        return MediaType.ExtensionOf(document) switch
        {
            ".html" or ".htm" or ".shtml" or ".xhtml" => 90,
            _ when looksLikeHtml => 70,
            _ => 0,
        };
    }

    public IReadOnlyList<Article> Parse(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var decoded = TextDecoder.Decode(document, sniffHtmlMeta: true);
        using var page = new AngleSharpHtmlParser(ParserOptions).ParseDocument(decoded.Text);
        var body = page.Body ?? page.DocumentElement;

        var fromMeta = _metadata.FromMetaTags(page);
        var pageLines = Normalized(_extractor.Lines(body)).Select(l => l.Text).ToList();
        var fromLines = _metadata.FromLabelledLines(pageLines);
        var headingTitle = HeadingTitle(page);

        RemoveFurniture(body);
        var container = _locator.Locate(body);
        var paragraphs = Normalized(_extractor.Lines(container))
            .Where(l => !_html.IsBoilerplate(l.Text) && !_text.IsCaption(l.Text))
            .Select(l => new Paragraph(_text.WithoutInlineCredit(l.Text), l.HeadingLevel))
            .Where(p => p.Text.Length > 0)
            .ToList();
        if (paragraphs.Count == 0)
        {
            throw new InvalidDocumentException(document.Origin, "the page has no article text (no content container or text block found)");
        }

        var (fromBody, text) = _layout.Read(paragraphs);
        var metadata = fromMeta.Or(fromBody).Or(fromLines);
        var title = fromMeta.Title ?? headingTitle ?? fromBody.Title ?? _metadata.DocumentTitle(page);
        var lines = text.ToList();
        if (title is not null && (lines.Count == 0 || !StartsWithHeadline(lines[0], title)))
        {
            // The headline states facts (who held what, where); the extractor can only cite what is in Text.
            lines.Insert(0, title);
        }

        if (lines.Count == 0)
        {
            throw new InvalidDocumentException(document.Origin, "the page has no article text");
        }

        var article = new Article(Ids.Article(document.Origin, 0), document.Name, string.Join('\n', lines))
        {
            Title = title,
            PublishedOn = metadata.PublishedOn,
            Publisher = metadata.Publisher ?? _metadata.SiteName(page),
            Author = metadata.Author,
            Url = PlainTextParser.OriginUrl(document),
        };
        return [article];
    }

    // The body already opens with the headline, possibly in a shorter or longer wording than the meta title.
    private static bool StartsWithHeadline(string first, string title) =>
        first.Contains(title, StringComparison.Ordinal) || (first.Length * 2 >= title.Length && title.Contains(first, StringComparison.Ordinal));

    private static IEnumerable<(string Text, int HeadingLevel)> Normalized(IEnumerable<(string Text, int HeadingLevel)> lines)
    {
        foreach (var (raw, level) in lines)
        {
            var text = TextNormalizer.Normalize(raw).Trim(' ', '\t');
            if (text.Length > 0)
            {
                yield return (text, level);
            }
        }
    }

    /// <summary>Drops scripts, styles, menus, share bars, breadcrumbs and hidden elements before the content is chosen.</summary>
    private void RemoveFurniture(IElement body)
    {
        var counts = CjkCounts.Of(body);
        var pageCjk = counts.Total(body);
        var doomed = DomWalk.Descendants(body).Where(e => IsFurniture(e, counts, pageCjk)).ToList();
        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    private bool IsFurniture(IElement element, CjkCounts counts, int pageCjk)
    {
        if (_html.RemovedTags.Contains(element.LocalName) || element.HasAttribute("hidden"))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is not null && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // A class name is only a hint: an element holding most of the page's text ("news-content share-content") is content.
        var named = (element.Id is { } id && _html.IsNoiseName(id)) || element.ClassList.Any(_html.IsNoiseName);
        return named && counts.Total(element) * 2 < pageCjk;
    }

    // The page's <h1> is the headline only when the <title> repeats it; otherwise it is usually the site logo.
    private string? HeadingTitle(IDocument page)
    {
        var documentTitle = TextNormalizer.Normalize(page.Title ?? "");
        foreach (var element in DomWalk.Descendants(page.DocumentElement))
        {
            if (element.LocalName is "h1" or "h2")
            {
                var heading = string.Join("", _extractor.Lines(element).Select(l => TextNormalizer.Normalize(l.Text).Trim()));
                if (heading.Length >= 4 && documentTitle.Contains(heading, StringComparison.Ordinal))
                {
                    return heading;
                }
            }
        }

        return null;
    }
}
