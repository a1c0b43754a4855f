using KnowledgeGraph.Ingest.Extract;
using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Extraction;

namespace KnowledgeGraph.Tests.Extract;

/// <summary>One extractor over the shipped lexicons, shared by the extraction tests (it is thread-safe).</summary>
public static class ExtractorFixture
{
    private static readonly Lazy<RuleBasedExtractor> Instance = new(() => RuleBasedExtractor.CreateDefault());

    public static DocumentGraph Run(string text, string? publisher = null) =>
        Instance.Value.Extract(new Article("t1", "doc", text) { Publisher = publisher });

    public static ExtractedEntity? Entity(this DocumentGraph g, string type, string name) =>
        g.Entities.FirstOrDefault(e => e.Type == type && (e.Name == name || e.Aliases.Contains(name)));

    public static ExtractedRelation? Relation(this DocumentGraph g, string type, string source, string target)
    {
        var s = g.Entities.FirstOrDefault(e => e.Name == source || e.Aliases.Contains(source))?.Name ?? source;
        var t = g.Entities.FirstOrDefault(e => e.Name == target || e.Aliases.Contains(target))?.Name ?? target;
        return g.Relations.FirstOrDefault(r => r.Type == type && ((r.Source == s && r.Target == t) || (r.Source == t && r.Target == s)));
    }
}
