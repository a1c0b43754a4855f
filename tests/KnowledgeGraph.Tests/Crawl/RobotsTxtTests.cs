using KnowledgeGraph.Ingest.Crawl.Politeness;

namespace KnowledgeGraph.Tests.Crawl;

public class RobotsTxtTests
{
    private const string Text = """
        # a typical government site
        User-agent: Baiduspider
        Disallow:

        User-agent: *
        Disallow: /search
        Disallow: /*.php$
        Allow: /search/public/
        Crawl-delay: 5

        User-agent: KnowledgeGraph-Ingest
        User-agent: other-bot
        Disallow: /private/
        Allow: /private/notices/
        """;

    [Theory]
    [InlineData("http://a.cn/news/1.html", true)]
    [InlineData("http://a.cn/private/x.html", false)]
    [InlineData("http://a.cn/private/notices/x.html", true)]
    [InlineData("http://a.cn/search?q=1", true)]
    public void Our_group_is_used_when_it_names_us(string url, bool allowed) =>
        RobotsTxt.Parse(Text, "KnowledgeGraph-Ingest/1.0 (+https://x)").IsAllowed(new Uri(url)).Should().Be(allowed);

    [Theory]
    [InlineData("http://a.cn/search?q=1", false)]
    [InlineData("http://a.cn/search/public/list.html", true)]
    [InlineData("http://a.cn/index.php", false)]
    [InlineData("http://a.cn/index.php?x=1", true)]
    [InlineData("http://a.cn/private/x.html", true)]
    public void The_star_group_applies_to_other_agents_with_longest_match_and_wildcards(string url, bool allowed)
    {
        var robots = RobotsTxt.Parse(Text, "SomeCrawler/3.0");
        robots.IsAllowed(new Uri(url)).Should().Be(allowed);
        robots.CrawlDelay.Should().Be(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void An_empty_file_allows_everything() =>
        RobotsTxt.Parse("", "x").IsAllowed(new Uri("http://a.cn/anything")).Should().BeTrue();
}
