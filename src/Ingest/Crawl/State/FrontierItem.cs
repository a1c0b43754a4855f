using KnowledgeGraph.Ingest.Crawl.Links;

namespace KnowledgeGraph.Ingest.Crawl.State;

/// <summary>A URL waiting in a source's frontier, with what it is and the page that linked to it.</summary>
public sealed record FrontierItem(long Id, string Source, Uri Url, LinkKind Kind, string? Referrer);
