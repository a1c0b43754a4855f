namespace KnowledgeGraph.Ingest.Parse;

/// <summary>
/// What the caller already knows about a document (an API client sending a text with its date, say). It overrides
/// what the parser reads from the document itself; a title applies only when the document holds one article.
/// </summary>
public sealed record DocumentMetadata
{
    public string? Title { get; init; }
    public string? Url { get; init; }
    public string? Publisher { get; init; }
    public DateOnly? PublishedOn { get; init; }
}
