using System.Text;
using KnowledgeGraph.Ingest.Crawl.Links;
using KnowledgeGraph.Ingest.Crawl.Sources;
using KnowledgeGraph.Ingest.Parse;

namespace KnowledgeGraph.Tests.Crawl;

public class FeedReaderTests
{
    private static readonly SourceRules Rules = new(
        new CrawlSource { Name = "feed", Feeds = ["http://www.gdsta.cn/rss.xml"] },
        new UrlCanonicalizer(["utm_*"]));

    [Fact]
    public void Rss_items_become_canonical_article_links_on_the_source_hosts()
    {
        const string rss = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>广东省科协</title>
            <item><title>海智工作推进会</title><link>http://www.gdsta.cn/a/1.html?utm_source=rss</link></item>
            <item><title>相对链接</title><link>/a/2.html</link></item>
            <item><title>站外</title><link>http://elsewhere.cn/a/3.html</link></item>
            <item><title>guid</title><guid>http://www.gdsta.cn/a/4.html</guid></item>
            </channel></rss>
            """;
        var links = new FeedReader().Items(new RawDocument("http://www.gdsta.cn/rss.xml", "rss", Encoding.UTF8.GetBytes(rss), "application/rss+xml"), Rules);
        links.Select(l => l.Url.AbsoluteUri).Should().Equal("http://www.gdsta.cn/a/1.html", "http://www.gdsta.cn/a/2.html", "http://www.gdsta.cn/a/4.html");
    }

    [Fact]
    public void Atom_entries_are_read_too()
    {
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>科协要闻</title>
            <entry><title>一</title><link rel="alternate" href="http://www.gdsta.cn/b/1.html"/></entry>
            <entry><title>二</title><link href="http://www.gdsta.cn/b/2.html"/></entry>
            </feed>
            """;
        var links = new FeedReader().Items(new RawDocument("http://www.gdsta.cn/atom.xml", "atom", Encoding.UTF8.GetBytes(atom), "application/atom+xml"), Rules);
        links.Select(l => l.Url.AbsoluteUri).Should().Equal("http://www.gdsta.cn/b/1.html", "http://www.gdsta.cn/b/2.html");
    }

    [Fact]
    public void A_feed_with_a_dtd_is_refused_so_entities_cannot_expand()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
            <rss><channel><item><link>&lol2;</link></item></channel></rss>
            """;
        var act = () => new FeedReader().Items(new RawDocument("http://www.gdsta.cn/rss.xml", "rss", Encoding.UTF8.GetBytes(bomb), "application/rss+xml"), Rules);
        act.Should().Throw<InvalidDocumentException>().WithMessage("*not well-formed*");
    }
}
