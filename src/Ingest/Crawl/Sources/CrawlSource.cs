namespace KnowledgeGraph.Ingest.Crawl.Sources;

/// <summary>
/// One site section to watch, as an operator writes it in the sources file: where to start, which links are list
/// pages and which are articles, and how politely to fetch. Patterns are .NET regular expressions matched against the
/// canonical absolute URL; selectors are CSS and, when given, limit where links are looked for.
/// </summary>
public sealed class CrawlSource
{
    /// <summary>Unique; used by <c>crawl &lt;name&gt;</c> and as the key of the source's crawl state.</summary>
    public string Name { get; set; } = "";

    public bool Enabled { get; set; } = true;

    /// <summary>List pages the crawl starts from (a section's index page).</summary>
    public string[] StartUrls { get; set; } = [];

    /// <summary>RSS or Atom feeds; every item on an allowed host is an article.</summary>
    public string[] Feeds { get; set; } = [];

    /// <summary>Hosts links may lead to; empty means the hosts of the start URLs and feeds.</summary>
    public string[] AllowedHosts { get; set; } = [];

    /// <summary>Links that are list pages (pagination: index_1.html, ?page=2).</summary>
    public string[] ListUrlPatterns { get; set; } = [];

    /// <summary>Links that are articles (t20240512_123456.html, content/post_123.html).</summary>
    public string[] ArticleUrlPatterns { get; set; } = [];

    /// <summary>Where the pagination links are (e.g. ".page a"); links elsewhere are not list pages.</summary>
    public string? ListLinkSelector { get; set; }

    /// <summary>Where the article links are (e.g. ".news-list li a"); links elsewhere are not articles.</summary>
    public string? ArticleLinkSelector { get; set; }

    /// <summary>Links on an article page that are attachments to fetch and ingest with it.</summary>
    public string[] AttachmentUrlPatterns { get; set; } = [@"\.(pdf|docx)($|\?)"];

    public int MaxAttachmentsPerArticle { get; set; } = 5;

    /// <summary>The schedule: a run starts this long after the previous one ended.</summary>
    public double IntervalMinutes { get; set; } = 60;

    /// <summary>Per host: the gap between the starts of two requests (robots.txt Crawl-delay raises it).</summary>
    public int RequestDelayMilliseconds { get; set; } = 1000;

    /// <summary>Per host: requests in flight at once.</summary>
    public int MaxConcurrencyPerHost { get; set; } = 1;

    /// <summary>Pages (list pages, feeds, articles) fetched in one run at most; the rest waits for the next run.</summary>
    public int MaxPagesPerRun { get; set; } = 200;

    /// <summary>An article already ingested is fetched again (conditionally) only after this long, to notice edits.</summary>
    public double RevisitArticlesAfterHours { get; set; } = 72;

    /// <summary>Overrides <c>Ingest:Fetch:UserAgent</c> for this source; also the name robots.txt rules are matched against.</summary>
    public string? UserAgent { get; set; }
}
