using KnowledgeGraph.Model.Articles;

namespace KnowledgeGraph.Ingest.Parse;

/// <summary>
/// One parser per input format (plain text, HTML, PDF …). Each says how well it handles a document; the
/// <see cref="DocumentParser"/> picks the best and turns the document into one or more articles.
/// </summary>
public interface IDocumentParser
{
    /// <summary>0 when it cannot parse the document; higher is a better match.</summary>
    int Score(RawDocument document);

    /// <summary>The articles in the document (a newspaper page holds several). Throws <see cref="InvalidDocumentException"/> for unusable input.</summary>
    IReadOnlyList<Article> Parse(RawDocument document);
}
