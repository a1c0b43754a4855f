using KnowledgeGraph.Model.Articles;

namespace KnowledgeGraph.Model.Extraction;

/// <summary>What the extractor found in one article, in document scope (names, not ids).</summary>
public sealed record DocumentGraph(Article Article, IReadOnlyList<ExtractedEntity> Entities, IReadOnlyList<ExtractedRelation> Relations);
