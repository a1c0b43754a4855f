using System.Collections.Concurrent;
using System.Text;
using KnowledgeGraph.Ingest.Crawl.Sources;
using KnowledgeGraph.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Tests.Crawl;

/// <summary>
/// A small 科协 news section served over real HTTP: two list pages, UTF-8 and GBK articles (one GBK page declaring
/// UTF-8), a notice with a PDF attachment, a syndicated copy, a page robots.txt disallows, and the failures a real site
/// has (404, 500, a page that never answers, a redirect loop, an oversized page, an image where a page should be).
/// It counts requests per path and lets a test edit an article or react to a request.
/// </summary>
public sealed class TestSite : IAsyncDisposable
{
    public const string A1Text = "5月15日，广东省科协在广州召开海智工作推进会，总结海智计划实施成效，部署下一阶段重点任务。\n省科协党组成员、副主席张伟出席会议并讲话，要求进一步发挥海智基地作用。";
    public const string A2Text = "中国科协与广东省人民政府签署共建协议，双方将在科技人才培养、学术交流和科学普及等方面深化合作。\n中国科协党组书记出席签约仪式。";
    public const string A3Text = "深圳市科协举办青少年科技创新大赛，全市一百二十所中小学的三千余名学生参赛，评选出一等奖四十项。\n大赛由深圳市科学技术协会和深圳市教育局联合主办。";
    public const string A4Text = "广州市科协组织开展全国科技工作者日系列活动，走访慰问一线科技工作者，举办院士专家报告会六场。\n活动持续至五月底。";
    public const string NoticeText = "关于组织推荐2024年度广东青年科技奖候选人的通知\n各地级以上市科协、各有关单位：根据《广东青年科技奖评选办法》，现组织开展2024年度候选人推荐工作，具体要求见附件。\n广东省科学技术协会";
    public const string PdfLine = "Guide to the 2024 Guangdong Youth Science and Technology Award nominations";

    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private LocalWebServer _server = null!;

    // Built before the server starts: building a PDF the first time costs seconds of JIT under a loaded test run,
    // which would read as a timeout of the attachment.
    private byte[] _pdf = [];

    public Uri Root => _server.Root;

    /// <summary>The body of a2.html; a test edits it to publish a correction.</summary>
    public string A2Body { get; set; } = A2Text;

    /// <summary>Called before a request is answered (a test cancels its run here to simulate a crash).</summary>
    public Action<string>? OnRequest { get; set; }

    public int Hits(string path) => _hits.GetValueOrDefault(path);

    public static async Task<TestSite> StartAsync()
    {
        var site = new TestSite { _pdf = TestDocuments.Pdf(PdfLine, "Nominations close on 30 June 2024.") };
        site._server = await LocalWebServer.StartAsync(app => app.MapGet("/{**path}", site.AnswerAsync));
        return site;
    }

    public Uri Url(string path) => _server.Url(path.TrimStart('/'));

    /// <summary>The source an operator would write for this site.</summary>
    public CrawlSource Source(string name = "site", int maxPages = 100, int delayMilliseconds = 0) => new()
    {
        Name = name,
        StartUrls = [Url("news/index.html").AbsoluteUri],
        ListUrlPatterns = [@"/news/index(_\d+)?\.html$"],
        ArticleUrlPatterns = [@"/(news|private)/(?!index)[a-z0-9]+\.html$"],
        ArticleLinkSelector = ".list",
        ListLinkSelector = ".page",
        RequestDelayMilliseconds = delayMilliseconds,
        MaxConcurrencyPerHost = 1,
        MaxPagesPerRun = maxPages,
        RevisitArticlesAfterHours = 0,
    };

    public static SourcesFile Sources(params CrawlSource[] sources) => new() { TrackingParameters = ["utm_*", "spm"], Sources = sources };

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private async Task<IResult> AnswerAsync(HttpContext context, string path, CancellationToken ct)
    {
        path = "/" + path;
        _hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        OnRequest?.Invoke(path);
        switch (path)
        {
            case "/robots.txt":
                return Results.Text("User-agent: *\nDisallow: /private/\n", "text/plain");
            case "/news/index.html":
                return Html(CmsPages.List(
                    [
                        ("a1.html?utm_source=wechat&spm=1.2#top", "广东省科协召开海智工作推进会"),
                        ("a2.html", "中国科协与广东省签署共建协议"),
                        ("a3.html", "深圳市青少年科技创新大赛举行"),
                        ("notice.html", "关于组织推荐2024年度广东青年科技奖候选人的通知"),
                        ("copy.html", "（转载）广东省科协召开海智工作推进会"),
                        ("/private/secret.html", "内部通知"),
                        ("missing.html", "已删除的文章"),
                        ("error.html", "服务器出错的文章"),
                        ("slow.html", "响应超时的文章"),
                        ("loop.html", "重定向循环"),
                        ("big.html", "超大页面"),
                        ("binary.html", "图片"),
                        ("http://example.com/news/elsewhere.html", "站外链接"),
                    ],
                    [("index_1.html", "下一页"), ("index.html#top", "首页")]));
            case "/news/index_1.html":
                return Html(CmsPages.List([("a4.html", "广州市科协开展全国科技工作者日活动")], [("index.html", "上一页")]));
            case "/news/a1.html":
                // Supports conditional GET the way most CMS front ends do.
                const string etag = "\"a1-v1\"";
                if (context.Request.Headers.IfNoneMatch.ToString() == etag)
                {
                    return Results.StatusCode(StatusCodes.Status304NotModified);
                }

                context.Response.Headers.ETag = etag;
                return Html(CmsPages.Article("广东省科协召开海智工作推进会", "广东省科学技术协会", "2024-05-16", A1Text));
            case "/news/a2.html":
                return Html(CmsPages.Article("中国科协与广东省签署共建协议", "中国科学技术协会", "2024-05-17", A2Body));
            case "/news/a3.html":
                // GBK bytes, declared UTF-8 in both the header and the meta tag: the usual mistake.
                return Results.Bytes(CmsPages.Gbk(CmsPages.Article("深圳市青少年科技创新大赛举行", "深圳市科学技术协会", "2024-05-18", A3Text, charset: "utf-8")), "text/html; charset=utf-8");
            case "/news/a4.html":
                return Results.Bytes(CmsPages.Gbk(CmsPages.Article("广州市科协开展全国科技工作者日活动", "广州市科学技术协会", "2024-05-19", A4Text, charset: "gbk")), "text/html; charset=gbk");
            case "/news/notice.html":
                return Html(CmsPages.Article("关于组织推荐2024年度广东青年科技奖候选人的通知", "广东省科学技术协会", "2024-05-20", NoticeText,
                    extraLinks: "<p>附件：<a href=\"/files/guide.pdf\">2024年度广东青年科技奖推荐指南.pdf</a></p>"));
            case "/files/guide.pdf":
                return Results.Bytes(_pdf, "application/pdf");
            case "/news/copy.html":
                // Another site's copy: its own chrome and source line, the same text.
                return Html(CmsPages.Article("广东省科协召开海智工作推进会", "科技日报", "2024-05-17", A1Text.Replace("，", "， ", StringComparison.Ordinal)));
            case "/private/secret.html":
                return Html(CmsPages.Article("内部通知", "广东省科学技术协会", "2024-05-16", A2Text));
            case "/news/missing.html":
                return Results.NotFound();
            case "/news/error.html":
                return Results.StatusCode(StatusCodes.Status500InternalServerError);
            case "/news/slow.html":
                await Task.Delay(TimeSpan.FromSeconds(10), ct);
                return Html("<html><body>late</body></html>");
            case "/news/loop.html":
                return Results.Redirect("/news/loop.html");
            case "/news/big.html":
                return Html(CmsPages.Article("超大页面", "广东省科学技术协会", "2024-05-16", new string('科', 150_000)));
            case "/news/binary.html":
                return Results.Bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], "image/png");
            default:
                return Results.NotFound();
        }
    }

    private static IResult Html(string html) => Results.Bytes(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8");
}
