using KnowledgeGraph.Ingest.Parse;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Parse;

public class PlainTextParserTests
{
    private readonly PlainTextParser _parser = new();

    [Fact]
    public void Splits_a_newspaper_page_into_its_news_items()
    {
        var articles = _parser.Parse(ParseFixtures.Document("newspaper-page.txt"));

        articles.Select(a => a.Title).Should().Equal("省科协召开2025年度学会工作会议", "深圳举办青少年科技创新大赛");
        articles[0].Author.Should().Be("林晓明、周蕾");
        articles[0].Text.Should().StartWith("省科协召开2025年度学会工作会议\n本报讯(记者林晓明通讯员周蕾)3月5日")
            .And.Contain("在服务科技工作者和服务创新驱动发展中展现新作为。")
            .And.Contain("省生物医学工程学会、省农学会等12家学会作了交流发言。")
            .And.NotContain("会议现场").And.NotContain("供图");
        articles[1].Publisher.Should().Be("深圳市科协");
        articles[1].Text.Should().EndWith("设置科技创新成果、科技实践活动等类别。").And.NotContain("摄");
    }

    [Fact]
    public void A_two_line_headline_and_its_metadata_line_stay_with_the_story_that_opens_with_a_dateline()
    {
        var text = "襄阳市科协第八次代表大会隆重召开\n王某当选市科协主席\n\n来源：襄阳日报　　作者：李某　　发布时间：2025-11-21\n\n"
            + "本报讯（记者李某）11月20日，襄阳市科学技术协会第八次代表大会在襄阳召开。大会选举产生了新一届委员会。";
        var article = _parser.Parse(ParseFixtures.Utf8("a.txt", text)).Should().ContainSingle().Subject;

        article.Title.Should().Be("襄阳市科协第八次代表大会隆重召开");
        article.Text.Should().Contain("王某当选市科协主席").And.Contain("本报讯");
    }

    [Fact]
    public void Gives_each_article_an_id_from_the_origin_and_its_position()
    {
        var document = ParseFixtures.Document("newspaper-page.txt");
        var articles = _parser.Parse(document);

        articles.Select(a => a.Id).Should().Equal(Ids.Article(document.Origin, 0), Ids.Article(document.Origin, 1));
        articles.Should().AllSatisfy(a => a.Document.Should().Be("newspaper-page"));
    }

    [Fact]
    public void Reads_a_notice_issuer_title_signature_and_date_and_strips_form_controls()
    {
        var article = _parser.Parse(ParseFixtures.Document("notice.txt")).Should().ContainSingle().Subject;

        article.Publisher.Should().Be("广东省科学技术厅");
        article.Title.Should().Be("关于开展2024年度科技特派员工作总结的通知");
        article.PublishedOn.Should().Be(new DateOnly(2024, 11, 28));
        article.Text.Should().Contain("一、总结内容\n各单位科技特派员工作开展情况")
            .And.Contain("联系人：李明,020-83163000")
            .And.Contain("序号\t单位名称\t所在地市\t是否完成年度任务")
            .And.NotContain("<input").And.NotEndWith("广东省科学技术厅");
    }

    [Fact]
    public void Keeps_a_markdown_interview_as_one_article_with_its_sub_title_and_byline()
    {
        var article = _parser.Parse(ParseFixtures.Document("interview.md")).Should().ContainSingle().Subject;

        article.Title.Should().Be("推动开放合作,服务创新发展");
        article.Author.Should().Be("王芳");
        article.Text.Should().Contain("——访广东省科协国际部部长陈立")
            .And.Contain("陈立：今年我们重点推进了海外人才离岸创新创业基地建设,在深圳、广州等地设立了5个基地,吸引了")
            .And.Contain("《南方科技》：下一步有什么打算?")
            .And.NotContain("**").And.NotContain("#");
        article.Text.Split('\n').Should().Contain("本刊记者王芳", "the byline stays in the text as its own line: it states a fact the extractor reads");
    }

    [Fact]
    public void Splits_the_real_newspaper_page_into_its_three_news_items_and_repairs_broken_paragraphs()
    {
        var articles = _parser.Parse(ParseFixtures.Seed("000_"));

        articles.Select(a => a.Title).Should().Equal(
            "2026年海外华人科技团体新春团拜活动在广州举办",
            "南沙离岸基地建设实践与探索研究成果荣获一等奖",
            "广州市天河区科学技术协会第八次代表大会召开");
        articles[0].Author.Should().Be("杨楚瑜");
        articles[0].Text.Should().Contain("深港穗创新集群跻身全球第一");
        articles[1].Author.Should().Be("胡漫雨、梁梦滢");
        articles[1].Text.Should().Contain("合作支持单位。与英国").And.Contain("推动科技成果转化").And.NotContain("活动方供图").And.NotContain("颁奖仪式\n");
        articles[1].Text.Should().Contain("创新模式,工作基础不断夯实\n南沙离岸基地首创");
        articles[2].Publisher.Should().Be("广州市科协");
        articles[2].Text.Should().NotContain("(广州市科协)");
    }

    [Fact]
    public void Splits_the_real_notice_page_from_the_news_item_printed_after_it()
    {
        var articles = _parser.Parse(ParseFixtures.Seed("004_"));

        articles.Should().HaveCount(2);
        articles[0].Title.Should().Be("广东省科协关于深入学习贯彻习近平总书记在科学家座谈会上重要讲话精神的通知");
        articles[0].Publisher.Should().Be("广东省科协");
        articles[0].PublishedOn.Should().Be(new DateOnly(2020, 10, 9));
        articles[1].Title.Should().Be("省科协领导参加中国科协举办的海智基地工作座谈会和调研");
        articles[1].Text.Should().Contain("海智(离岸)基地要以更多的创新思");
    }

    [Fact]
    public void Drops_the_repeated_overflow_fragments_at_the_end_of_the_real_single_article_page()
    {
        var article = _parser.Parse(ParseFixtures.Seed("002_")).Should().ContainSingle().Subject;

        article.Title.Should().Be("广州市科协：搭设创交会高端平台,孵化海内外科创项目");
        article.Text.Should().EndWith("很多资本的青睐。");
        article.Text.Split('\n').Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Reads_the_real_interview_with_its_reporter()
    {
        var article = _parser.Parse(ParseFixtures.Seed("003_")).Should().ContainSingle().Subject;

        article.Title.Should().Be("加强国际科技交流,提升中国科学影响");
        article.Author.Should().Be("陈广仁");
        article.Text.Should().Contain("中国科协在进一步促进国际民间科技组织").And.NotContain("**");
    }

    [Fact]
    public void Leaves_a_plain_single_article_as_one_article_without_a_title_when_it_has_no_headline()
    {
        var article = _parser.Parse(ParseFixtures.Utf8("a.txt", "11月2日,深圳市科协举办国际青年科学家论坛。\n论坛围绕人工智能展开研讨。")).Should().ContainSingle().Subject;

        article.Title.Should().BeNull();
        article.Text.Should().Be("11月2日,深圳市科协举办国际青年科学家论坛。\n论坛围绕人工智能展开研讨。");
    }

    [Fact]
    public void Reads_metadata_lines_and_takes_only_date_lines_out_of_the_text()
    {
        // who published or wrote the article is a fact of the text too (an outlet, a post at it); a bare date line is not
        var text = "省科协举办科普讲座\n发布时间：2020-03-10\n来源：广东省科学技术协会　　作者：张三\n3月9日,省科协举办科普讲座。";
        var article = _parser.Parse(ParseFixtures.Utf8("a.txt", text)).Should().ContainSingle().Subject;

        article.PublishedOn.Should().Be(new DateOnly(2020, 3, 10));
        article.Publisher.Should().Be("广东省科学技术协会");
        article.Author.Should().Be("张三");
        article.Text.Should().Be("省科协举办科普讲座\n来源：广东省科学技术协会\t作者：张三\n3月9日,省科协举办科普讲座。");
    }

    [Fact]
    public void A_wide_typed_gap_separates_fields_and_a_single_stray_space_does_not()
    {
        var text = "两会并列署名\n甘肃省科学技术协会　　　　甘肃省科学技术厅\n中国 科协与甘肃省科学技术协会   甘肃省科学技术厅共同举办。";
        var article = _parser.Parse(ParseFixtures.Utf8("a.txt", text)).Should().ContainSingle().Subject;

        article.Text.Should().Be("两会并列署名\n甘肃省科学技术协会\t甘肃省科学技术厅\n中国科协与甘肃省科学技术协会\t甘肃省科学技术厅共同举办。");
    }

    [Fact]
    public void A_second_body_credited_at_the_end_stays_in_the_text()
    {
        var text = "市科协举办科普讲座\n来源：成都市科学技术协会　　发布时间：2024-05-31\n3月9日,市科协举办科普讲座。\n（成都市科协办公室供稿）";
        var article = _parser.Parse(ParseFixtures.Utf8("a.txt", text)).Should().ContainSingle().Subject;

        article.Publisher.Should().Be("成都市科学技术协会");
        article.Text.Should().EndWith("\n(成都市科协办公室供稿)");
    }
}
