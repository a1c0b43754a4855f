using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using KnowledgeGraph.Model.Articles;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace KnowledgeGraph.Ingest.Parse;

/// <summary>
/// Word (.docx) notices and attachments (OpenXml): the body's paragraphs, headings marked from their styles, split
/// into articles like plain text. The archive is checked before it is opened, and each part is read up to a bound,
/// so a zip bomb costs a refusal, not the worker's memory. Legacy .doc is not read (the sniffer names it).
/// </summary>
public sealed class DocxParser : IDocumentParser
{
    private const string DocxMediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    // A notice's document.xml is well under this; the bounds are for hostile archives.
    private const long MaximumUncompressedBytes = 64L * 1024 * 1024;
    private const long MaximumCharactersInPart = 16L * 1024 * 1024;
    private const int MaximumEntries = 2000;
    private const int MaximumCompressionRatio = 100;

    private readonly PlainTextParser _text;

    public DocxParser()
        : this(ParseRules.Default)
    {
    }

    internal DocxParser(ParseRules rules) => _text = new PlainTextParser(rules);

    public int Score(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var isZip = document.Content.Span.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]);
        var labelled = MediaType.Of(document) == DocxMediaType || MediaType.ExtensionOf(document) == ".docx";
        return labelled ? (isZip ? 100 : 80) : 0;
    }

    public IReadOnlyList<Article> Parse(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var paragraphs = ReadParagraphs(document);
        return paragraphs.Count == 0
            ? throw new InvalidDocumentException(document.Origin, "the Word document contains no text")
            : _text.ToArticles(document, paragraphs);
    }

    private static List<Paragraph> ReadParagraphs(RawDocument document)
    {
        try
        {
            using var stream = new MemoryStream(document.Content.ToArray(), writable: false);
            CheckArchive(document, stream);
            stream.Position = 0;
            using var word = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaximumCharactersInPart, AutoSave = false });
            var body = word.MainDocumentPart?.Document?.Body
                ?? throw new InvalidDocumentException(document.Origin, "the Word document has no body");
            var paragraphs = new List<Paragraph>();
            foreach (var paragraph in body.Descendants<Word.Paragraph>())
            {
                var text = TextNormalizer.Normalize(paragraph.InnerText).Trim(' ', '\t', '\u3000');
                if (text.Length > 0)
                {
                    paragraphs.Add(new Paragraph(text, HeadingLevel(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value)));
                }
            }

            return paragraphs;
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException or InvalidDocumentException))
        {
            // OpenXml and the zip reader throw several types on damaged or over-large parts; all mean the same here.
            throw new InvalidDocumentException(document.Origin, $"corrupt or unsupported Word document: {e.Message}");
        }
    }

    private static void CheckArchive(RawDocument document, Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        if (zip.Entries.Count > MaximumEntries)
        {
            throw new InvalidDocumentException(document.Origin, $"the Word archive has {zip.Entries.Count} entries, over the limit of {MaximumEntries}");
        }

        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (total > MaximumUncompressedBytes || (entry.Length > 1024 * 1024 && entry.Length > entry.CompressedLength * MaximumCompressionRatio))
            {
                throw new InvalidDocumentException(document.Origin, "the Word archive expands far beyond its size (a zip bomb?); refused");
            }
        }
    }

    // Word's built-in heading styles are "Heading1"… in English templates and "1"… in Chinese ones (标题 1).
    private static int HeadingLevel(string? styleId) => styleId switch
    {
        null => 0,
        "Title" => 1,
        _ when styleId.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) && int.TryParse(styleId.AsSpan(7), out var level) && level is >= 1 and <= 6 => level,
        _ when styleId.Length == 1 && styleId[0] is >= '1' and <= '6' => styleId[0] - '0',
        _ => 0,
    };
}
