using KnowledgeGraph.Model.Extraction;

namespace KnowledgeGraph.Ingest.Extract.Evaluation;

/// <summary>One document's entities and relations in the gold format, read from a gold file or made from an extraction.</summary>
public sealed record GoldDocument(string Doc, IReadOnlyList<GoldEntity> Entities, IReadOnlyList<GoldRelation> Relations)
{
    /// <summary>The scored view of an extracted graph: what <c>extract --json</c> would write for it.</summary>
    public static GoldDocument FromGraph(string doc, DocumentGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return new GoldDocument(
            doc,
            graph.Entities.Select(e => new GoldEntity(e.Type, e.Name, e.Kind, e.Aliases)).ToList(),
            graph.Relations.Select(r => new GoldRelation(r.Type, r.Source, r.Target, r.Properties.GetValueOrDefault("role"), r.Properties.GetValueOrDefault("title"))).ToList());
    }
}
