using System.Text;
using System.Xml;
using System.Xml.Linq;
using KnowledgeGraph.Ingest.Crawl.Sources;
using KnowledgeGraph.Ingest.Parse;

namespace KnowledgeGraph.Ingest.Crawl.Links;

/// <summary>The item links of an RSS 2.0 or Atom feed, read with DTDs and external entities off and the size bounded.</summary>
public sealed class FeedReader
{
    /// <summary>What a feed may be served as, besides the text types the fetcher always accepts.</summary>
    public static readonly IReadOnlyList<string> MediaTypes = ["application/rss+xml", "application/atom+xml", "application/xml", "text/xml"];

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    static FeedReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The feed's article links on the source's hosts; throws <see cref="InvalidDocumentException"/> for a feed that is no XML.</summary>
    public IReadOnlyList<PageLink> Items(RawDocument feed, SourceRules rules)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(rules);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = 32L * 1024 * 1024,
        };
        XDocument document;
        try
        {
            using var stream = new MemoryStream(feed.Content.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, settings);
            document = XDocument.Load(reader);
        }
        catch (Exception e) when (e is XmlException or ArgumentException or NotSupportedException)
        {
            throw new InvalidDocumentException(feed.Origin, $"the feed is not well-formed XML: {e.Message}");
        }

        var origin = new Uri(feed.Origin);
        var links = new List<PageLink>();
        foreach (var item in document.Descendants("item"))
        {
            var href = item.Element("link")?.Value ?? PermaLink(item.Element("guid"));
            Add(links, origin, href, item.Element("title")?.Value, rules);
        }

        foreach (var entry in document.Descendants(Atom + "entry"))
        {
            var link = entry.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate");
            Add(links, origin, (string?)link?.Attribute("href"), entry.Element(Atom + "title")?.Value, rules);
        }

        return links.DistinctBy(l => l.Url.AbsoluteUri).ToList();
    }

    private static string? PermaLink(XElement? guid) =>
        guid is not null && !string.Equals((string?)guid.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase) ? guid.Value : null;

    private static void Add(List<PageLink> links, Uri origin, string? href, string? title, SourceRules rules)
    {
        if (rules.Canonicalizer.Resolve(origin, href) is { } url && rules.IsAllowedHost(url))
        {
            links.Add(new PageLink(url, title?.Trim() ?? ""));
        }
    }
}
