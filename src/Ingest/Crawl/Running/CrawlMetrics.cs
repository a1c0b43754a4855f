using System.Diagnostics.Metrics;

namespace KnowledgeGraph.Ingest.Crawl.Running;

/// <summary>
/// The crawler's counters on the "KnowledgeGraph.Crawl" meter (dotnet-counters, OpenTelemetry): pages fetched, failed
/// and skipped (by reason), articles ingested, syndicated copies recognised, entities and relations written; tagged by source.
/// </summary>
public sealed class CrawlMetrics
{
    public const string MeterName = "KnowledgeGraph.Crawl";

    private readonly Counter<long> _fetched;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _skipped;
    private readonly Counter<long> _articles;
    private readonly Counter<long> _duplicates;
    private readonly Counter<long> _entities;
    private readonly Counter<long> _relations;

    public CrawlMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _fetched = meter.CreateCounter<long>("kg.crawl.pages.fetched", "{page}", "Pages fetched with a usable response");
        _failed = meter.CreateCounter<long>("kg.crawl.pages.failed", "{page}", "Pages that could not be fetched or parsed");
        _skipped = meter.CreateCounter<long>("kg.crawl.pages.skipped", "{page}", "Pages not ingested: robots.txt, not modified, unchanged, already seen");
        _articles = meter.CreateCounter<long>("kg.crawl.articles.ingested", "{article}", "Articles (attachments included) written to the graph store");
        _duplicates = meter.CreateCounter<long>("kg.crawl.articles.syndicated", "{page}", "Pages recognised as copies of a stored article");
        _entities = meter.CreateCounter<long>("kg.crawl.entities.written", "{entity}", "Entities written to the graph store");
        _relations = meter.CreateCounter<long>("kg.crawl.relations.written", "{relation}", "Relations written to the graph store");
    }

    public void Fetched(string source) => _fetched.Add(1, Tag(source));

    public void Failed(string source) => _failed.Add(1, Tag(source));

    public void Skipped(string source, string reason) => _skipped.Add(1, Tag(source), new KeyValuePair<string, object?>("reason", reason));

    public void Ingested(string source, int articles, int entities, int relations)
    {
        _articles.Add(articles, Tag(source));
        _entities.Add(entities, Tag(source));
        _relations.Add(relations, Tag(source));
    }

    public void Syndicated(string source) => _duplicates.Add(1, Tag(source));

    private static KeyValuePair<string, object?> Tag(string source) => new("source", source);
}
