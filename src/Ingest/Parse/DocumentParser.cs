using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Model.Articles;

namespace KnowledgeGraph.Ingest.Parse;

/// <summary>
/// The entry point of the Parse stage: refuses unusable input with a reason, hands the rest to the parser that
/// matches it best (HTML, plain text …) and returns its articles.
/// </summary>
public sealed class DocumentParser
{
    private readonly IDocumentParser[] _parsers;

    public DocumentParser(IEnumerable<IDocumentParser> parsers)
    {
        ArgumentNullException.ThrowIfNull(parsers);
        _parsers = [.. parsers];
        if (_parsers.Length == 0)
        {
            throw new ArgumentException("At least one document parser is needed.", nameof(parsers));
        }
    }

    /// <summary>The built-in parsers (HTML, plain text) with the rules shipped beside the binary.</summary>
    public static DocumentParser CreateDefault() => new([new HtmlParser(), new PlainTextParser()]);

    /// <summary>The articles in the document; throws <see cref="InvalidDocumentException"/> for empty, binary or undecodable input.</summary>
    public IReadOnlyList<Article> Parse(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var bytes = document.Content.Span;
        if (bytes.IsEmpty)
        {
            throw new InvalidDocumentException(document.Origin, "the document is empty (0 bytes)");
        }

        if (ContentSniffer.IsBlank(bytes))
        {
            throw new InvalidDocumentException(document.Origin, "the document contains only whitespace");
        }

        IDocumentParser? best = null;
        var bestScore = 0;
        foreach (var parser in _parsers)
        {
            var score = parser.Score(document);
            if (score > bestScore)
            {
                (best, bestScore) = (parser, score);
            }
        }

        if (best is null)
        {
            var reason = ContentSniffer.BinaryReason(bytes) is { } binary
                ? $"{binary} that no parser handles"
                : $"no parser handles content type '{document.ContentType ?? "unknown"}'";
            throw new InvalidDocumentException(document.Origin, reason);
        }

        try
        {
            return ApplyMetadata(best.Parse(document), document.Metadata);
        }
        catch (Exception e) when (e is RegexMatchTimeoutException or InsufficientExecutionStackException or DecoderFallbackException)
        {
            // Hostile input (pathological nesting, adversarial text) is a bad document, not a crash of the pipeline.
            throw new InvalidDocumentException(document.Origin, $"the document could not be parsed: {e.Message}");
        }
    }

    private static IReadOnlyList<Article> ApplyMetadata(IReadOnlyList<Article> articles, DocumentMetadata? metadata)
    {
        if (metadata is null)
        {
            return articles;
        }

        return [.. articles.Select(a => a with
        {
            Title = articles.Count == 1 ? metadata.Title ?? a.Title : a.Title,
            Url = metadata.Url ?? a.Url,
            Publisher = metadata.Publisher ?? a.Publisher,
            PublishedOn = metadata.PublishedOn ?? a.PublishedOn,
        })];
    }
}
