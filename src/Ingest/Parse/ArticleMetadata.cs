namespace KnowledgeGraph.Ingest.Parse;

/// <summary>What metadata lines, bylines and meta tags say about an article; null where nothing was said.</summary>
internal readonly record struct ArticleMetadata(string? Title, DateOnly? PublishedOn, string? Publisher, string? Author)
{
    public static ArticleMetadata None => default;

    /// <summary>This, with gaps filled from <paramref name="fallback"/>.</summary>
    public ArticleMetadata Or(ArticleMetadata fallback) => new(
        Title ?? fallback.Title,
        PublishedOn ?? fallback.PublishedOn,
        Publisher ?? fallback.Publisher,
        Author ?? fallback.Author);
}
