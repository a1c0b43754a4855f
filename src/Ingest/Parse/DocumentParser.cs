using System.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Model.Articles;

namespace KnowledgeGraph.Ingest.Parse;

/// <summary>Minimal UTF-8 text parser: one article per document. Superseded by the parse stage's parsers.</summary>
public sealed class DocumentParser
{
    public static DocumentParser CreateDefault() => new();

    public IReadOnlyList<Article> Parse(RawDocument document)
    {
        if (document.Content.IsEmpty)
        {
            throw new InvalidDocumentException(document.Origin, "the document is empty");
        }

        var text = Encoding.UTF8.GetString(document.Content.Span).Trim();
        if (text.Length == 0)
        {
            throw new InvalidDocumentException(document.Origin, "the document has no text");
        }

        return [new Article(Ids.Article(document.Origin, 0), document.Name, text)];
    }
}
