using KnowledgeGraph.Model;
using KnowledgeGraph.Model.Articles;

namespace KnowledgeGraph.Ingest.Parse;

/// <summary>
/// Plain text and Markdown-like text, typically extracted from PDF or Word: repairs extraction artefacts and splits a
/// newspaper page into its articles.
/// </summary>
public sealed class PlainTextParser : IDocumentParser
{
    private readonly PdfArtifactRepair _repair;
    private readonly ArticleSegmenter _segmenter;
    private readonly ArticleLayoutReader _layout;

    public PlainTextParser()
        : this(ParseRules.Default)
    {
    }

    internal PlainTextParser(ParseRules rules)
    {
        _repair = new PdfArtifactRepair(rules.Text);
        _segmenter = new ArticleSegmenter(rules.Text);
        _layout = new ArticleLayoutReader(rules.Text, _segmenter);
    }

    public int Score(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var bytes = document.Content.Span;
        if (bytes.IsEmpty || ContentSniffer.BinaryReason(bytes) is not null)
        {
            return 0;
        }

        var mediaType = MediaType.Of(document);
        if (mediaType is "text/plain" or "text/markdown" || MediaType.ExtensionOf(document) is ".txt" or ".md" or ".text" or ".markdown")
        {
            return 60;
        }

        // Any other text is worth a try, but a page that looks like HTML belongs to the HTML parser.
        return mediaType is null or "" or "application/octet-stream" || mediaType.StartsWith("text/", StringComparison.Ordinal)
            ? (ContentSniffer.LooksLikeHtml(bytes) ? 5 : 20)
            : 0;
    }

    public IReadOnlyList<Article> Parse(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var decoded = TextDecoder.Decode(document, sniffHtmlMeta: false);
        return ToArticles(document, _repair.Repair(TextNormalizer.Normalize(decoded.Text)));
    }

    /// <summary>Splits repaired paragraphs into articles; shared with parsers whose input is already paragraphs.</summary>
    internal IReadOnlyList<Article> ToArticles(RawDocument document, IReadOnlyList<Paragraph> paragraphs)
    {
        if (paragraphs.Count == 0)
        {
            throw new InvalidDocumentException(document.Origin, "the document contains no text");
        }

        var starts = _segmenter.FindStarts(paragraphs);
        var articles = new List<Article>(starts.Count);
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1] : paragraphs.Count;
            var (metadata, body) = _layout.Read(paragraphs.Skip(starts[k]).Take(end - starts[k]).ToList());
            if (body.Count == 0)
            {
                continue;
            }

            articles.Add(new Article(Ids.Article(document.Origin, articles.Count), document.Name, string.Join('\n', body))
            {
                Title = metadata.Title,
                Publisher = metadata.Publisher,
                Author = metadata.Author,
                PublishedOn = metadata.PublishedOn,
                Url = OriginUrl(document),
            });
        }

        return articles.Count > 0 ? articles : throw new InvalidDocumentException(document.Origin, "the document contains only metadata, no article text");
    }

    internal static string? OriginUrl(RawDocument document) =>
        Uri.TryCreate(document.Origin, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? document.Origin : null;
}
