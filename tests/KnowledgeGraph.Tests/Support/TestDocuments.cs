using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace KnowledgeGraph.Tests.Support;

/// <summary>Real PDF and Word files built in memory, so parser and crawl tests need no binary fixtures.</summary>
public static class TestDocuments
{
    /// <summary>A PDF with one line of text per entry (standard-14 fonts carry Latin text only, so lines are pinyin/English).</summary>
    public static byte[] Pdf(params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var y = 780.0;
        foreach (var line in lines)
        {
            page.AddText(line, 11, new PdfPoint(40, y), font);
            y -= 18;
        }

        return builder.Build();
    }

    /// <summary>A .docx whose body holds the paragraphs; a paragraph given as ("Heading1", text) gets that style.</summary>
    public static byte[] Docx(params (string? Style, string Text)[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var body = new Word.Body();
            foreach (var (style, text) in paragraphs)
            {
                var paragraph = new Word.Paragraph(new Word.Run(new Word.Text(text)));
                if (style is not null)
                {
                    paragraph.PrependChild(new Word.ParagraphProperties(new Word.ParagraphStyleId { Val = style }));
                }

                body.Append(paragraph);
            }

            main.Document = new Word.Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A zip named like a Word file whose document part inflates to <paramref name="inflatedBytes"/> of spaces.</summary>
    public static byte[] DocxBomb(int inflatedBytes)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize);
            using var part = entry.Open();
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)' ');
            for (var written = 0; written < inflatedBytes; written += chunk.Length)
            {
                part.Write(chunk);
            }
        }

        return stream.ToArray();
    }
}
