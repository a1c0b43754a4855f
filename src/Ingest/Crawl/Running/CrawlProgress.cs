namespace KnowledgeGraph.Ingest.Crawl.Running;

/// <summary>Progress of a crawl run, reported after each page.</summary>
public readonly record struct CrawlProgress(int PagesDone, int ArticlesIngested, int Failed, int Skipped, string LastUrl);
