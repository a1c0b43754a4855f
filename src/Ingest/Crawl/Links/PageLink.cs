namespace KnowledgeGraph.Ingest.Crawl.Links;

/// <summary>A link found on a page: its canonical URL and the anchor text (an attachment's name, usually).</summary>
public sealed record PageLink(Uri Url, string Text);
