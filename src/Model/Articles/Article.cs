namespace KnowledgeGraph.Model.Articles;

/// <summary>
/// One news item or notice as plain text, after parsing. <see cref="Text"/> is what evidence offsets point into.
/// </summary>
/// <param name="Id">Stable id: derived from where the article came from (URL or file and its position there), so re-ingesting replaces it.</param>
/// <param name="Document">The input the article came from (file name without extension, or URL); several articles can share one document.</param>
/// <param name="Text">Normalised body text; paragraphs separated by a newline.</param>
public sealed record Article(string Id, string Document, string Text)
{
    public string? Title { get; init; }
    public string? Url { get; init; }
    public string? Publisher { get; init; }
    public string? Author { get; init; }
    public DateOnly? PublishedOn { get; init; }

    /// <summary>Hash of <see cref="Text"/>: tells an edited article from an unchanged one and finds syndicated copies.</summary>
    public string ContentHash { get; init; } = Ids.ContentHash(Text);
}
