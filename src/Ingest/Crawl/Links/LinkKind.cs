namespace KnowledgeGraph.Ingest.Crawl.Links;

/// <summary>What a URL in the frontier is, which decides what is done with its page.</summary>
public enum LinkKind
{
    /// <summary>A list page: its links are followed, its text is not ingested.</summary>
    List,

    /// <summary>An RSS or Atom feed: its items are articles.</summary>
    Feed,

    /// <summary>An article or notice: ingested, with its attachments.</summary>
    Article,
}
