using KnowledgeGraph.Ingest.Crawl.State;
using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Store;

namespace KnowledgeGraph.Tests.Crawl;

/// <summary>A whole run over the test site, asserting what the graph store and the crawl state hold afterwards.</summary>
public sealed class SiteCrawlTests : IAsyncLifetime
{
    private readonly TempDirectory _folder = new();
    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await TestSite.StartAsync();

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        _folder.Dispose();
    }

    private string Article(string path) => Ids.Article(_site.Url(path).AbsoluteUri, 0);

    private Task<List<(string Id, string Url, string Text, string? Publisher)>> StoredArticlesAsync() =>
        CrawlTestHost.QueryAsync(_folder.File("graph.db"), "SELECT id, url, text, publisher FROM articles ORDER BY url",
            r => (r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3)));

    [Fact]
    public async Task A_run_stores_every_good_article_once_and_records_why_each_other_page_was_not_stored()
    {
        await using var host = await CrawlTestHost.StartAsync(_folder, TestSite.Sources(_site.Source()));
        var report = await host.CrawlAsync("site");

        var stored = await StoredArticlesAsync();
        stored.Select(a => a.Url).Should().BeEquivalentTo(
            new[] { "news/a1.html", "news/a2.html", "news/a3.html", "news/a4.html", "news/notice.html", "files/guide.pdf" }.Select(p => _site.Url(p).AbsoluteUri),
            "list pages with pagination lead to every article; the tracking parameters and fragment of a1's link are dropped");
        stored.Single(a => a.Id == Article("news/a3.html")).Text.Should().Contain("深圳市科协举办青少年科技创新大赛", "a GBK page declared as UTF-8 is decoded right");
        stored.Single(a => a.Id == Article("news/a4.html")).Text.Should().Contain("广州市科协组织开展全国科技工作者日系列活动");
        stored.Single(a => a.Url.EndsWith("guide.pdf", StringComparison.Ordinal)).Text.Should().Contain("Youth Science and Technology Award");

        report.ArticlesIngested.Should().Be(6);
        report.SyndicatedCopies.Should().Be(1);
        report.PagesFailed.Should().Be(6, "404, 500, timeout, redirect loop, oversized and binary pages each fail once");
        report.SkippedBy.Should().ContainKey("robots");
        _site.Hits("/private/secret.html").Should().Be(0, "robots.txt disallows /private/");
        _site.Hits("/robots.txt").Should().Be(1, "robots.txt is cached per host");

        (await host.State.GetPageAsync(_site.Url("private/secret.html"), default))!.Status.Should().Be(PageStatus.RobotsDisallowed);
        (await host.State.GetPageAsync(_site.Url("news/missing.html"), default))!.Should().Match<PageRecord>(p => p.Status == PageStatus.FailedPermanent && p.HttpStatus == 404);
        (await host.State.GetPageAsync(_site.Url("news/error.html"), default))!.Should().Match<PageRecord>(p => p.Status == PageStatus.FailedTransient && p.HttpStatus == 500);
        (await host.State.GetPageAsync(_site.Url("news/slow.html"), default))!.LastError.Should().Contain("timed out");
        (await host.State.GetPageAsync(_site.Url("news/loop.html"), default))!.LastError.Should().Contain("redirects");
        (await host.State.GetPageAsync(_site.Url("news/big.html"), default))!.LastError.Should().Contain("larger than");
        (await host.State.GetPageAsync(_site.Url("news/binary.html"), default))!.LastError.Should().Contain("image/png");
    }

    [Fact]
    public async Task A_syndicated_copy_is_one_article_with_two_sources()
    {
        await using var host = await CrawlTestHost.StartAsync(_folder, TestSite.Sources(_site.Source()));
        await host.CrawlAsync("site");

        var stored = await StoredArticlesAsync();
        stored.Should().NotContain(a => a.Url.EndsWith("copy.html", StringComparison.Ordinal));
        var copy = await host.State.GetPageAsync(_site.Url("news/copy.html"), default);
        copy!.Status.Should().Be(PageStatus.Duplicate);
        copy.ArticleId.Should().Be(Article("news/a1.html"));
        var sources = await host.State.GetArticleSourcesAsync(Article("news/a1.html"), default);
        sources.Select(s => (s.Url, s.Publisher)).Should().BeEquivalentTo(new[]
        {
            (_site.Url("news/a1.html").AbsoluteUri, (string?)"广东省科学技术协会"),
            (_site.Url("news/copy.html").AbsoluteUri, (string?)"科技日报"),
        });
    }

    [Fact]
    public async Task The_attachment_is_stored_as_part_of_its_notice()
    {
        await using var host = await CrawlTestHost.StartAsync(_folder, TestSite.Sources(_site.Source()));
        await host.CrawlAsync("site");

        var rows = await CrawlTestHost.QueryAsync(_folder.File("graph.db"), "SELECT document, title, publisher, published_on FROM articles WHERE url LIKE '%guide.pdf'",
            r => (Document: r.GetString(0), Title: r.GetString(1), Publisher: r.GetString(2), PublishedOn: r.GetString(3)));
        var attachment = rows.Should().ContainSingle().Subject;
        attachment.Document.Should().Be(_site.Url("news/notice.html").AbsoluteUri, "the attachment's article belongs to the notice's document");
        attachment.Title.Should().Be("2024年度广东青年科技奖推荐指南.pdf");
        attachment.Publisher.Should().Be("广东省科学技术协会");
        attachment.PublishedOn.Should().Be("2024-05-20");
    }

    [Fact]
    public async Task A_second_run_ingests_nothing_new_and_keeps_everything_stored()
    {
        await using var host = await CrawlTestHost.StartAsync(_folder, TestSite.Sources(_site.Source()));
        await host.CrawlAsync("site");
        var before = await CrawlTestHost.QueryAsync(_folder.File("graph.db"), "SELECT id, content_hash, ingested_at FROM articles ORDER BY id", r => (r.GetString(0), r.GetString(1), r.GetString(2)));

        var second = await host.CrawlAsync("site");

        second.ArticlesIngested.Should().Be(0);
        second.SkippedBy.Should().ContainKey("not-modified", "a1 answers If-None-Match with 304").And.ContainKey("unchanged");
        var after = await CrawlTestHost.QueryAsync(_folder.File("graph.db"), "SELECT id, content_hash, ingested_at FROM articles ORDER BY id", r => (r.GetString(0), r.GetString(1), r.GetString(2)));
        after.Should().Equal(before);
    }

    [Fact]
    public async Task An_edited_article_is_ingested_again_under_the_same_id()
    {
        await using var host = await CrawlTestHost.StartAsync(_folder, TestSite.Sources(_site.Source()));
        var first = await host.CrawlAsync("site");
        first.ArticlesIngested.Should().Be(6, string.Join("; ", first.Failures.Select(f => f.Url + " " + f.Reason)));
        _site.A2Body = TestSite.A2Text.Replace("签署共建协议", "签署全面战略合作共建协议", StringComparison.Ordinal);

        var report = await host.CrawlAsync("site");

        report.ArticlesIngested.Should().Be(1);
        var stored = await StoredArticlesAsync();
        stored.Select(a => a.Url).Should().HaveCount(6, "the edit replaces the article, it does not add one");
        stored.Single(a => a.Id == Article("news/a2.html")).Text.Should().Contain("签署全面战略合作共建协议");
    }
}
