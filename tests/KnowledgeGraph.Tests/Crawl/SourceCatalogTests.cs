using KnowledgeGraph.Ingest.Crawl.Sources;
using KnowledgeGraph.Tests.Store;

namespace KnowledgeGraph.Tests.Crawl;

public class SourceCatalogTests
{
    [Fact]
    public void The_shipped_sources_file_loads_with_every_example_disabled()
    {
        var catalog = SourceCatalog.Load(Path.Combine(AppContext.BaseDirectory, "sources.json"));
        catalog.All.Should().HaveCountGreaterThanOrEqualTo(2);
        catalog.Enabled.Should().BeEmpty("this machine has no internet; an operator enables a source after checking it");
        var cast = catalog.Find("cast-notices")!;
        cast.IsArticle(new Uri("https://www.cast.org.cn/xw/tzgg/202405/t20240516_123456.html")).Should().BeTrue();
        cast.IsList(new Uri("https://www.cast.org.cn/xw/tzgg/index_2.html")).Should().BeTrue();
        cast.IsArticle(new Uri("https://www.cast.org.cn/xw/tzgg/index_2.html")).Should().BeFalse();
    }

    [Theory]
    [InlineData("""{ "sources": [ { "name": "x", "startUrls": ["http://a.cn/"], "articleUrlPatterns": ["(unclosed"] } ] }""", "not a valid regular expression")]
    [InlineData("""{ "sources": [ { "name": "x", "startUrls": ["/relative"], "articleUrlPatterns": ["a"] } ] }""", "not an absolute http(s) URL")]
    [InlineData("""{ "sources": [ { "name": "x", "startUrls": ["http://a.cn/"] } ] }""", "which links are articles")]
    [InlineData("""{ "sources": [ { "name": "x", "startUrls": ["http://a.cn/"], "articleUrlPatterns": ["a"] }, { "name": "X", "feeds": ["http://a.cn/rss"] } ] }""", "used twice")]
    [InlineData("""{ "sources": [ { "name": "bad name", "feeds": ["http://a.cn/rss"] } ] }""", "must be letters")]
    public void A_mistake_in_the_sources_file_stops_loading_with_its_reason(string json, string reason)
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("sources.json"), json);
        var act = () => SourceCatalog.Load(folder.File("sources.json"));
        act.Should().Throw<InvalidDataException>().WithMessage($"*{reason}*");
    }

    [Fact]
    public void A_url_outside_every_source_gets_an_ad_hoc_source_for_that_page_alone()
    {
        var catalog = new SourceCatalog(new SourcesFile());
        var rules = catalog.ForUrl(new Uri("http://news.example.cn/a/1.html"));
        rules.StartUrls.Should().ContainSingle().Which.AbsoluteUri.Should().Be("http://news.example.cn/a/1.html");
        rules.Source.MaxPagesPerRun.Should().Be(1);
    }

    [Fact]
    public void A_url_on_a_configured_site_is_crawled_from_that_url_with_the_sites_rules()
    {
        var catalog = SourceCatalog.Load(Path.Combine(AppContext.BaseDirectory, "sources.json"));
        var rules = catalog.ForUrl(new Uri("https://www.cast.org.cn/xw/tzgg/index_3.html"));
        rules.Name.Should().Be("cast-notices:url", "its own state key: the scheduled run's frontier is not touched");
        rules.StartUrls.Should().ContainSingle().Which.AbsoluteUri.Should().Be("https://www.cast.org.cn/xw/tzgg/index_3.html");
        rules.IsArticle(new Uri("https://www.cast.org.cn/xw/tzgg/202405/t20240516_123456.html")).Should().BeTrue();
    }
}
