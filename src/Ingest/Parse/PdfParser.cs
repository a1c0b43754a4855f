using KnowledgeGraph.Model.Articles;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace KnowledgeGraph.Ingest.Parse;

/// <summary>
/// PDF notices and attachments (PdfPig): the text of each page in reading order, then the same artefact repair and
/// article splitting as extracted plain text. Encrypted, corrupt and text-less (scanned) files are refused with a reason.
/// </summary>
public sealed class PdfParser : IDocumentParser
{
    // A notice runs to tens of pages; past these bounds a file is a book or an attack, and the rest is not read.
    private const int MaximumPages = 300;
    private const int MaximumCharacters = 2_000_000;

    private readonly PdfArtifactRepair _repair;
    private readonly PlainTextParser _text;

    public PdfParser()
        : this(ParseRules.Default)
    {
    }

    internal PdfParser(ParseRules rules)
    {
        _repair = new PdfArtifactRepair(rules.Text);
        _text = new PlainTextParser(rules);
    }

    public int Score(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Content.Span.StartsWith("%PDF-"u8))
        {
            return 100;
        }

        // Labelled PDF but not one: still ours, so the error says "corrupt PDF" rather than "no parser".
        return MediaType.Of(document) == "application/pdf" || MediaType.ExtensionOf(document) == ".pdf" ? 80 : 0;
    }

    public IReadOnlyList<Article> Parse(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = ExtractText(document);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InvalidDocumentException(document.Origin, "the PDF has no extractable text (a scan without a text layer?)");
        }

        return _text.ToArticles(document, _repair.Repair(TextNormalizer.Normalize(text)));
    }

    private static string ExtractText(RawDocument document)
    {
        try
        {
            using var pdf = PdfDocument.Open(document.Content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var text = new System.Text.StringBuilder();
            var pages = Math.Min(pdf.NumberOfPages, MaximumPages);
            for (var number = 1; number <= pages && text.Length < MaximumCharacters; number++)
            {
                text.Append(ContentOrderTextExtractor.GetText(pdf.GetPage(number))).Append('\n');
            }

            return text.Length > MaximumCharacters ? text.ToString(0, MaximumCharacters) : text.ToString();
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new InvalidDocumentException(document.Origin, "the PDF is encrypted and cannot be read without its password");
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException or InvalidDocumentException))
        {
            // PdfPig throws many types on malformed files; any of them means the same thing to the pipeline.
            throw new InvalidDocumentException(document.Origin, $"corrupt or unsupported PDF: {e.Message}");
        }
    }
}
