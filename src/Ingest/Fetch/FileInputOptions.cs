namespace KnowledgeGraph.Ingest.Fetch;

/// <summary>Limits for reading local inputs (section <c>Ingest:Files</c>).</summary>
public sealed class FileInputOptions
{
    /// <summary>Larger files are refused with an error rather than read into memory.</summary>
    public long MaxFileBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Extensions picked up when a directory is given (a file named explicitly is always read).</summary>
    public string[] Extensions { get; set; } = [".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".pdf", ".docx"];
}
