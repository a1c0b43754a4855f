using KnowledgeGraph.Model.Articles;

namespace KnowledgeGraph.Model.Extraction;

/// <summary>Turns one article's text into entities and relations with evidence. Implementations are thread-safe.</summary>
public interface IExtractor
{
    DocumentGraph Extract(Article article);
}
