using System.Text;
using KnowledgeGraph.Ingest.Parse;

namespace KnowledgeGraph.Tests.Parse;

public class HtmlParserTests
{
    private readonly HtmlParser _parser = new();

    [Fact]
    public void Reads_cms_meta_tags_and_the_content_container()
    {
        var article = _parser.Parse(ParseFixtures.Document("cms-article.html", "text/html")).Should().ContainSingle().Subject;

        article.Title.Should().Be("广东省科协召开海智工作推进会");
        article.PublishedOn.Should().Be(new DateOnly(2024, 5, 16));
        article.Publisher.Should().Be("广东省科学技术协会");
        article.Author.Should().Be("李华");
        article.Text.Should().Be(
            "广东省科协召开海智工作推进会\n" +
            "5月15日,广东省科协在广州召开海智工作推进会,总结海智计划实施成效,部署下一阶段重点任务。\n" +
            "省科协党组成员、副主席张伟出席会议并讲话。他强调,要进一步发挥海智基地作用,\n" +
            "深化与海外科技团体的合作。");
    }

    [Fact]
    public void Keeps_scripts_navigation_share_bars_and_pagers_out_of_the_text()
    {
        var text = _parser.Parse(ParseFixtures.Document("cms-article.html")).Single().Text;

        text.Should().NotContain("统计代码").And.NotContain("脚本").And.NotContain("首页").And.NotContain("分享")
            .And.NotContain("上一篇").And.NotContain("下一篇").And.NotContain("版权所有").And.NotContain("图为");
    }

    [Fact]
    public void Falls_back_to_text_density_when_no_known_container_exists()
    {
        var article = _parser.Parse(ParseFixtures.Document("no-container.html")).Should().ContainSingle().Subject;

        article.Title.Should().Be("深圳市科协举办国际青年科学家论坛");
        article.Text.Should().Contain("来自12个国家的80余名青年科学家参会。")
            .And.Contain("吸引更多海外青年人才来深创新创业。")
            .And.NotContain("科协简介").And.NotContain("相关链接");
    }

    [Fact]
    public void Parses_broken_and_truncated_html()
    {
        var article = _parser.Parse(ParseFixtures.Document("broken.html")).Should().ContainSingle().Subject;

        article.Title.Should().Be("东莞市科协召开常委会议");
        article.Text.Should().Contain("审议通过年度工作报告。").And.Contain("会议还通报了学会年检情况和科普");
    }

    [Fact]
    public void Decodes_a_gbk_page_with_a_correct_meta_charset()
    {
        var html = ParseFixtures.Text("cms-article.html").Replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", StringComparison.Ordinal);
        var article = _parser.Parse(ParseFixtures.Bytes("page.html", ParseFixtures.Gbk.GetBytes(html))).Single();

        article.Title.Should().Be("广东省科协召开海智工作推进会");
        article.Text.Should().Contain("副主席张伟出席会议并讲话");
    }

    [Fact]
    public void Decodes_a_gbk_page_that_declares_utf8()
    {
        var html = ParseFixtures.Text("cms-article.html");
        var article = _parser.Parse(ParseFixtures.Bytes("page.html", ParseFixtures.Gbk.GetBytes(html), "text/html; charset=utf-8")).Single();

        article.Text.Should().Contain("副主席张伟出席会议并讲话");
    }

    [Fact]
    public void Survives_ten_thousand_nested_divs_and_keeps_script_text_out()
    {
        var html = new StringBuilder("<html><head><title>深层嵌套页面</title></head><body>");
        html.Insert(html.Length, "<div>", 10_000);
        html.Append("<script>var s = '脚本中的中文绝不能进入正文内容';</script><p>广州市科协今天发布了年度科普工作报告，全面总结了一年来的工作成效。</p>");
        html.Insert(html.Length, "</div>", 10_000);
        html.Append("</body></html>");

        var article = _parser.Parse(ParseFixtures.Utf8("deep.html", html.ToString())).Single();

        article.Text.Should().Contain("广州市科协今天发布了年度科普工作报告").And.NotContain("脚本");
    }

    [Fact]
    public void Reads_date_and_source_from_labelled_lines_when_meta_tags_are_missing()
    {
        const string html = "<html><head><title>省科协举办讲座_通知公告_广东省科学技术协会</title></head><body>" +
            "<div class=\"info\">发布日期：2021年6月3日　　信息来源：广东省科协科普部</div>" +
            "<div class=\"article-content\"><p>6月2日，省科协在广州举办科学家精神报告会，300余名科技工作者参加。</p></div></body></html>";

        var article = _parser.Parse(ParseFixtures.Utf8("http://www.gdsta.cn/a/1.html", html)).Single();

        article.Title.Should().Be("省科协举办讲座");
        article.PublishedOn.Should().Be(new DateOnly(2021, 6, 3));
        article.Publisher.Should().Be("广东省科协科普部");
        article.Url.Should().Be("http://www.gdsta.cn/a/1.html");
    }

    [Fact]
    public void Keeps_a_content_block_whose_class_name_also_reads_like_page_furniture()
    {
        const string html = "<html><head><title>科普日活动启动</title></head><body><div class=\"nav\"><a href=\"/\">首页</a></div>" +
            "<div class=\"share-content\"><p>9月15日，全国科普日广东主场活动在广州启动，省科协联合多家单位开展科普展览和讲座。</p>" +
            "<p>活动期间，全省各地将举办科普活动两千余场，预计吸引公众超过百万人次参与。</p></div></body></html>";

        _parser.Parse(ParseFixtures.Utf8("a.html", html)).Single().Text.Should().Contain("预计吸引公众超过百万人次参与").And.NotContain("首页");
    }

    [Fact]
    public void Refuses_a_page_without_any_text()
    {
        var act = () => _parser.Parse(ParseFixtures.Utf8("a.html", "<html><head><script>var a='中文';</script></head><body><img src=x></body></html>"));
        act.Should().Throw<InvalidDocumentException>().WithMessage("*no article text*");
    }

    [Fact]
    public void Scores_html_above_plain_text_and_refuses_binary()
    {
        _parser.Score(ParseFixtures.Utf8("x", "<!DOCTYPE html><html><body>文</body></html>")).Should().BeGreaterThan(new PlainTextParser().Score(ParseFixtures.Utf8("x", "<!DOCTYPE html><html><body>文</body></html>")));
        _parser.Score(ParseFixtures.Utf8("x.txt", "普通文本")).Should().Be(0);
        _parser.Score(ParseFixtures.Bytes("x.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0])).Should().Be(0);
    }
}
