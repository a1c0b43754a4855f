using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using KnowledgeGraph.Ingest.Crawl.Sources;
using KnowledgeGraph.Tests.Store;
using KnowledgeGraph.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Tests.Crawl;

public sealed class PolitenessTests : IAsyncLifetime
{
    private readonly TempDirectory _folder = new();
    private readonly ConcurrentQueue<(string Path, TimeSpan At, string? Agent)> _requests = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private LocalWebServer _server = null!;

    public async Task InitializeAsync() => _server = await LocalWebServer.StartAsync(app => app.MapGet("/{**path}", (HttpContext context, string path) =>
    {
        _requests.Enqueue(("/" + path, _clock.Elapsed, context.Request.Headers.UserAgent.ToString()));
        return path switch
        {
            "robots.txt" => Results.Text("User-agent: polite-test-bot\nDisallow: /b/\n\nUser-agent: *\nDisallow: /\n", "text/plain"),
            "list.html" => Results.Bytes(Encoding.UTF8.GetBytes(CmsPages.List([("a/1.html", "一"), ("a/2.html", "二"), ("a/3.html", "三"), ("b/4.html", "四")], [])), "text/html; charset=utf-8"),
            _ => Results.Bytes(Encoding.UTF8.GetBytes(CmsPages.Article("中国科协召开学会工作会议" + path, "中国科学技术协会", "2024-05-16", TestSite.A4Text + path)), "text/html; charset=utf-8"),
        };
    }));

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Requests_to_a_host_are_spaced_and_robots_rules_for_our_agent_are_obeyed()
    {
        var source = new CrawlSource
        {
            Name = "polite",
            StartUrls = [_server.Url("list.html").AbsoluteUri],
            ArticleUrlPatterns = [@"/[ab]/\d+\.html$"],
            RequestDelayMilliseconds = 150,
            MaxConcurrencyPerHost = 2,
            UserAgent = "Polite-Test-Bot/2.0 (+https://example.org)",
        };
        await using var host = await CrawlTestHost.StartAsync(_folder, TestSite.Sources(source));

        var report = await host.CrawlAsync("polite");

        report.ArticlesIngested.Should().Be(3);
        var pages = _requests.Where(r => r.Path != "/robots.txt").OrderBy(r => r.At).ToList();
        pages.Select(r => r.Path).Should().NotContain("/b/4.html", "our agent's group disallows /b/; the * group does not apply to us");
        pages.Should().HaveCount(4);
        // Wall-clock gaps seen by a server are blurred by connection set-up and machine load, so only a bound that
        // three 150 ms gaps cannot miss is asserted here; the exact spacing is HostThrottleTests' (on a fake clock).
        (pages[^1].At - pages[0].At).Should().BeGreaterThan(TimeSpan.FromMilliseconds(150), "the source's request delay applies");

        _requests.Should().OnlyContain(r => r.Agent == "Polite-Test-Bot/2.0 (+https://example.org)");
    }

    [Fact]
    public async Task The_page_budget_of_a_run_is_kept()
    {
        var source = new CrawlSource
        {
            Name = "budget",
            StartUrls = [_server.Url("list.html").AbsoluteUri],
            ArticleUrlPatterns = [@"/a/\d+\.html$"],
            RequestDelayMilliseconds = 0,
            MaxPagesPerRun = 2,
            UserAgent = "polite-test-bot",
        };
        await using var host = await CrawlTestHost.StartAsync(_folder, TestSite.Sources(source));

        var report = await host.CrawlAsync("budget");

        report.PagesFetched.Should().Be(2, "the list page and one article");
        report.ArticlesIngested.Should().Be(1);
        var next = await host.CrawlAsync("budget");
        next.ArticlesIngested.Should().Be(1, "the next run picks up what the budget left");
    }
}
