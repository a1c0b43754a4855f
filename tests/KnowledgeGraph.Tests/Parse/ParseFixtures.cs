using System.Text;
using KnowledgeGraph.Ingest.Parse;

namespace KnowledgeGraph.Tests.Parse;

/// <summary>Fixture files and the real seed corpus, as the raw documents the parsers receive.</summary>
internal static class ParseFixtures
{
    static ParseFixtures() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gbk => Encoding.GetEncoding("GBK");

    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Parse", name));

    public static RawDocument Document(string name, string? contentType = null) =>
        Bytes(name, File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Parse", name)), contentType);

    public static RawDocument Bytes(string origin, byte[] bytes, string? contentType = null) =>
        new(origin, Path.GetFileNameWithoutExtension(origin), bytes, contentType);

    public static RawDocument Utf8(string origin, string text, string? contentType = null) =>
        Bytes(origin, Encoding.UTF8.GetBytes(text), contentType);

    /// <summary>A seed document from samples/corpus (the real newspaper pages and notices the brief describes).</summary>
    public static RawDocument Seed(string prefix)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "samples", "corpus")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new DirectoryNotFoundException("samples/corpus not found above the test output directory");
        }

        var path = Directory.GetFiles(Path.Combine(directory.FullName, "samples", "corpus"), prefix + "*.txt").Single();
        return new RawDocument(path, Path.GetFileNameWithoutExtension(path), File.ReadAllBytes(path), "text/plain");
    }
}
