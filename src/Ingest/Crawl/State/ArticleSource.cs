namespace KnowledgeGraph.Ingest.Crawl.State;

/// <summary>One place an article was published: the article (as stored in the graph), a URL carrying its text, and the crawl source.</summary>
public sealed record ArticleSource(string ArticleId, string Url, string Source, string? Publisher, DateTimeOffset FirstSeen);
