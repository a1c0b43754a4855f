namespace KnowledgeGraph.Ingest.Fetch;

/// <summary>The media type a file extension implies, for parsers that have no transport header to go by.</summary>
internal static class MediaTypes
{
    public static string? FromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" or ".text" or ".md" => "text/plain",
        ".html" or ".htm" or ".xhtml" => "text/html",
        ".pdf" => "application/pdf",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => null,
    };
}
