using System.Text;
using KnowledgeGraph.Ingest.Parse;
using KnowledgeGraph.Model.Articles;

namespace KnowledgeGraph.Benchmarks.Infrastructure;

/// <summary>A corpus read into memory before any clock starts: raw documents, and their parsed articles.</summary>
public sealed record Corpus(string Name, IReadOnlyList<RawDocument> Documents, IReadOnlyList<Article> Articles)
{
    /// <summary>UTF-8 bytes of the article texts: the "MB of Chinese text" every throughput figure divides by.</summary>
    public long TextBytes { get; } = Articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text));

    public static Corpus Load(string name, string folder, int? take = null)
    {
        var files = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Take(take ?? int.MaxValue);
        var documents = files.Select(f => new RawDocument(f, Path.GetFileNameWithoutExtension(f), File.ReadAllBytes(f), "text/plain")).ToList();
        var parser = DocumentParser.CreateDefault();
        return new Corpus(name, documents, [.. documents.SelectMany(parser.Parse)]);
    }

    /// <summary>The article texts one JSON string a line, for the jieba yardstick to segment exactly the same text.</summary>
    public string WriteTexts()
    {
        var path = Path.Combine(BenchPaths.Data, $"texts-{Name}.jsonl");
        File.WriteAllLines(path, Articles.Select(a => System.Text.Json.JsonSerializer.Serialize(a.Text)));
        return path;
    }
}
