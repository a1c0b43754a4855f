using System.Net;
using System.Text;

namespace KnowledgeGraph.Tests.Crawl;

/// <summary>Pages shaped like a Chinese government CMS (TRS-style meta tags and #zoom container), for the test site.</summary>
public static class CmsPages
{
    public static string Article(string title, string publisher, string date, string body, string charset = "utf-8", string extraLinks = "") => $"""
        <!DOCTYPE html>
        <html lang="zh-CN"><head>
        <meta charset="{charset}">
        <meta name="ArticleTitle" content="{WebUtility.HtmlEncode(title)}">
        <meta name="PubDate" content="{date} 09:30">
        <meta name="ContentSource" content="{WebUtility.HtmlEncode(publisher)}">
        <title>{WebUtility.HtmlEncode(title)}_{WebUtility.HtmlEncode(publisher)}</title>
        </head><body>
        <div class="header"><a href="/">首页</a><a href="/news/index.html">通知公告</a></div>
        <div class="main">
          <h1>{WebUtility.HtmlEncode(title)}</h1>
          <div class="info">发布时间：{date} 来源：{WebUtility.HtmlEncode(publisher)}</div>
          <div id="zoom">{string.Concat(body.Split('\n').Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"))}{extraLinks}</div>
        </div>
        <div class="footer">版权所有：{WebUtility.HtmlEncode(publisher)}</div>
        </body></html>
        """;

    /// <summary>A list page: article links in <c>.list</c>, pagination in <c>.page</c>.</summary>
    public static string List(IEnumerable<(string Href, string Text)> articles, IEnumerable<(string Href, string Text)> pages) => $"""
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>通知公告</title></head><body>
        <div class="header"><a href="/">首页</a></div>
        <ul class="list">{string.Concat(articles.Select(a => $"<li><a href=\"{a.Href}\">{WebUtility.HtmlEncode(a.Text)}</a><span>2024-05-16</span></li>"))}</ul>
        <div class="page">{string.Concat(pages.Select(p => $"<a href=\"{p.Href}\">{WebUtility.HtmlEncode(p.Text)}</a>"))}</div>
        </body></html>
        """;

    public static byte[] Gbk(string html)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GBK").GetBytes(html);
    }
}
