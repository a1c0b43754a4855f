using KnowledgeGraph.Tests.Store;

namespace KnowledgeGraph.Tests.Crawl;

/// <summary>A worker killed in the middle of a run: the next one resumes the frontier and ingests nothing twice.</summary>
public sealed class RestartTests : IAsyncLifetime
{
    private readonly TempDirectory _folder = new();
    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await TestSite.StartAsync();

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_crawl_stopped_mid_run_resumes_where_it_stopped_and_never_ingests_an_article_twice()
    {
        var sources = TestSite.Sources(_site.Source());
        using var crash = new CancellationTokenSource();
        _site.OnRequest = path =>
        {
            if (path == "/news/notice.html")
            {
                crash.Cancel();
            }
        };

        await using (var first = await CrawlTestHost.StartAsync(_folder, sources))
        {
            var act = () => first.CrawlAsync("site", crash.Token);
            await act.Should().ThrowAsync<OperationCanceledException>();
        }

        var storedBefore = await CrawlTestHost.QueryAsync(_folder.File("graph.db"), "SELECT url, ingested_at FROM articles ORDER BY url", r => (r.GetString(0), r.GetString(1)));
        storedBefore.Select(a => a.Item1).Should().Contain(_site.Url("news/a1.html").AbsoluteUri).And.NotContain(_site.Url("news/notice.html").AbsoluteUri);
        _site.OnRequest = null;

        await using var second = await CrawlTestHost.StartAsync(_folder, sources);
        var report = await second.CrawlAsync("site");

        report.Resumed.Should().BeTrue();
        _site.Hits("/news/index.html").Should().Be(1, "the list page was done before the stop");
        _site.Hits("/news/a1.html").Should().Be(1);
        _site.Hits("/news/a2.html").Should().Be(1);
        _site.Hits("/news/a3.html").Should().Be(1);
        _site.Hits("/news/notice.html").Should().Be(2, "the page in flight at the stop is fetched again");
        var storedAfter = await CrawlTestHost.QueryAsync(_folder.File("graph.db"), "SELECT url, ingested_at FROM articles ORDER BY url", r => (r.GetString(0), r.GetString(1)));
        storedAfter.Should().HaveCount(6).And.Contain(storedBefore, "nothing stored before the stop is lost or rewritten");
        var frontier = await second.State.FrontierCountsAsync("site", default);
        frontier.Should().Be((0, 0), "a completed run leaves no frontier behind");
    }
}
