using KnowledgeGraph.Ingest.Extract;
using KnowledgeGraph.Ingest.Extract.Sentences;
using KnowledgeGraph.Ingest.Parse;
using KnowledgeGraph.Model.Articles;

namespace KnowledgeGraph.Benchmarks.Generate;

/// <summary>One piece of a sentence pattern: literal text, or a slot where the seed article named an entity.</summary>
/// <param name="Text">The literal text, or the seed's surface form of the name (kept when the slot is not substituted).</param>
/// <param name="Entity">The seed entity the slot names (type, kind, canonical name); null for literal text.</param>
public sealed record PatternPart(string Text, SeedEntity? Entity);

public sealed record SeedEntity(string Type, string? Kind, string Name);

/// <summary>A seed sentence with its names turned into slots, and the text that separated it from the next sentence.</summary>
public sealed record SentencePattern(IReadOnlyList<PatternPart> Parts, string Separator);

/// <summary>
/// The real sentence patterns of the seed corpus: each seed article is parsed and extracted with the production
/// parser and extractor, and every mention the extractor found becomes a slot. Generated articles are runs of these
/// sentences with the slots refilled, so they carry the seed's wording, triggers and discourse (会上, 他表示 …).
/// </summary>
public static class SentencePatterns
{
    public static IReadOnlyList<IReadOnlyList<SentencePattern>> FromSeedCorpus(string folder)
    {
        var parser = DocumentParser.CreateDefault();
        var extractor = RuleBasedExtractor.CreateDefault();
        var result = new List<IReadOnlyList<SentencePattern>>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var raw = new RawDocument(file, Path.GetFileNameWithoutExtension(file), File.ReadAllBytes(file), "text/plain");
            foreach (var article in parser.Parse(raw))
            {
                result.Add(Patterns(article, extractor));
            }
        }

        return result;
    }

    private static List<SentencePattern> Patterns(Article article, RuleBasedExtractor extractor)
    {
        var graph = extractor.Extract(article);
        var mentions = graph.Entities
            .SelectMany(e => e.Mentions.Select(m => (m.Start, m.End, Entity: new SeedEntity(e.Type, e.Kind, e.Name))))
            .OrderBy(m => m.Start).ThenByDescending(m => m.End)
            .ToList();
        var text = article.Text;
        var sentences = SentenceSplitter.Split(text);
        var patterns = new List<SentencePattern>(sentences.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            var start = sentences[i].ArticleOffset(0);
            var end = sentences[i].ArticleEnd(sentences[i].Text.Length);
            var next = i + 1 < sentences.Count ? sentences[i + 1].ArticleOffset(0) : text.Length;
            var separator = next > end ? text[end..next] : string.Empty;
            patterns.Add(new SentencePattern(Slots(text, start, end, mentions), separator));
        }

        return patterns;
    }

    /// <summary>The sentence's text cut at its mentions; overlapping (nested) mentions keep the outer one.</summary>
    private static List<PatternPart> Slots(string text, int start, int end, List<(int Start, int End, SeedEntity Entity)> mentions)
    {
        var parts = new List<PatternPart>();
        var at = start;
        foreach (var m in mentions.Where(m => m.Start >= start && m.End <= end))
        {
            if (m.Start < at)
            {
                continue;
            }

            if (m.Start > at)
            {
                parts.Add(new PatternPart(text[at..m.Start], null));
            }

            parts.Add(new PatternPart(text[m.Start..m.End], m.Entity));
            at = m.End;
        }

        if (end > at)
        {
            parts.Add(new PatternPart(text[at..end], null));
        }

        return parts;
    }
}
