namespace KnowledgeGraph.Ingest.Parse;

/// <summary>
/// An input before parsing: the bytes as read or fetched, where they came from, and what the transport said they were.
/// </summary>
/// <param name="Origin">The file path or URL the bytes came from (used for article ids and provenance).</param>
/// <param name="Name">The document name: a file's name without extension, or the URL.</param>
/// <param name="Content">The raw bytes; the parser decodes them (charset from header, BOM, meta or detection).</param>
/// <param name="ContentType">The media type from the transport or the file extension, when known (text/html; charset=gbk).</param>
public sealed record RawDocument(string Origin, string Name, ReadOnlyMemory<byte> Content, string? ContentType)
{
    /// <summary>Caller-supplied facts about the document that override what parsing finds.</summary>
    public DocumentMetadata? Metadata { get; init; }
}
