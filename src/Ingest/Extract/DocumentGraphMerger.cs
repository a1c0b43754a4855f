using KnowledgeGraph.Model.Extraction;

namespace KnowledgeGraph.Ingest.Extract;

/// <summary>Placeholder until the extraction stage lands.</summary>
public static class DocumentGraphMerger
{
    public static DocumentGraph Merge(string document, IReadOnlyList<DocumentGraph> parts) =>
        new(parts[0].Article, [.. parts.SelectMany(p => p.Entities)], [.. parts.SelectMany(p => p.Relations)]);
}
