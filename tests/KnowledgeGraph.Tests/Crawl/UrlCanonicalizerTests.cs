using KnowledgeGraph.Ingest.Crawl.Links;

namespace KnowledgeGraph.Tests.Crawl;

public class UrlCanonicalizerTests
{
    private readonly UrlCanonicalizer _canonicalizer = new(["utm_*", "spm", "from"]);

    [Theory]
    [InlineData("HTTP://WWW.Cast.org.CN:80/xw/tzgg/t1.html#top", "http://www.cast.org.cn/xw/tzgg/t1.html")]
    [InlineData("https://gdstc.gd.gov.cn:443", "https://gdstc.gd.gov.cn/")]
    [InlineData("http://a.cn/x.html?utm_source=wx&b=2&a=1&spm=3.4&UTM_Medium=x", "http://a.cn/x.html?a=1&b=2")]
    [InlineData("http://a.cn/x.html?from=timeline", "http://a.cn/x.html")]
    [InlineData("http://a.cn:8080/a/../b/./c.html?", "http://a.cn:8080/b/c.html")]
    [InlineData("http://a.cn./x.html", "http://a.cn/x.html")]
    public void Canonical_urls_have_one_spelling(string input, string expected) =>
        _canonicalizer.Canonicalize(new Uri(input))!.AbsoluteUri.Should().Be(expected);

    [Theory]
    [InlineData("javascript:void(0)")]
    [InlineData("mailto:kx@gdsta.cn")]
    [InlineData("ftp://files.gdsta.cn/a.pdf")]
    [InlineData("#")]
    [InlineData("")]
    public void Only_http_links_are_resolved(string href) =>
        _canonicalizer.Resolve(new Uri("http://a.cn/news/index.html"), href).Should().BeNull();

    [Fact]
    public void Relative_links_resolve_against_the_page() =>
        _canonicalizer.Resolve(new Uri("http://a.cn/news/index.html"), "./202405/t20240516_1.html?spm=1#p2")!.AbsoluteUri
            .Should().Be("http://a.cn/news/202405/t20240516_1.html");
}
