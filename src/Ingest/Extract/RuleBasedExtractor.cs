using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Extraction;

namespace KnowledgeGraph.Ingest.Extract;

/// <summary>Placeholder until the extraction stage lands: finds nothing.</summary>
public sealed class RuleBasedExtractor : IExtractor
{
    public static RuleBasedExtractor CreateDefault() => new();

    public DocumentGraph Extract(Article article) => new(article, [], []);
}
