using KnowledgeGraph.Ingest.Parse;

namespace KnowledgeGraph.Tests.Parse;

public class PdfArtifactRepairTests
{
    private readonly PdfArtifactRepair _repair = new(ParseRules.Default.Text);

    private IReadOnlyList<string> Repair(string text) =>
        _repair.Repair(TextNormalizer.Normalize(text)).Select(p => p.Text).ToList();

    [Fact]
    public void Joins_a_paragraph_broken_mid_sentence_by_a_blank_line()
    {
        Repair("他表示,广东经济总量、对外贸易总额等多项指标连续多年居全国首位,深港穗创\n\n新集群跻身全球第一,构建了全过程创新生态链。")
            .Should().Equal("他表示,广东经济总量、对外贸易总额等多项指标连续多年居全国首位,深港穗创新集群跻身全球第一,构建了全过程创新生态链。");
    }

    [Fact]
    public void Joins_across_an_enumeration_comma_and_several_blank_lines()
    {
        Repair("活动期间,中国科协国际合作部、\n\n\n\n海外华人科技团体代表进行深入研讨。")
            .Should().Equal("活动期间,中国科协国际合作部、海外华人科技团体代表进行深入研讨。");
    }

    [Fact]
    public void Keeps_headlines_and_sub_heads_apart_from_the_body()
    {
        Repair("南沙离岸基地建设成果荣获一等奖\n\n本报讯(记者 胡漫雨)1月29日,颁奖仪式举行。\n\n创新模式,工作基础不断夯实\n\n南沙离岸基地首创运营模式。")
            .Should().Equal("南沙离岸基地建设成果荣获一等奖", "本报讯(记者胡漫雨)1月29日,颁奖仪式举行。", "创新模式,工作基础不断夯实", "南沙离岸基地首创运营模式。");
    }

    [Fact]
    public void Does_not_join_a_numbered_section_head_into_its_first_paragraph()
    {
        Repair("二、发挥科协优势,引领广大科技工作者勇做新时代科技创新的排头兵\n\n一是聚焦科技创新发展关键问题。")
            .Should().HaveCount(2);
    }

    [Fact]
    public void Drops_photo_captions_and_their_titles_and_rejoins_the_sentence_they_interrupted()
    {
        Repair("南沙离岸基地已与多家机构成为合作支持单\n\n\n\n颁奖仪式\n\n活动方供图\n\n位。与英国伙伴联盟建立常态化联络。\n\n图为活动现场。\n\n(张三 摄)")
            .Should().Equal("南沙离岸基地已与多家机构成为合作支持单位。与英国伙伴联盟建立常态化联络。");
    }

    [Fact]
    public void Removes_a_photo_credit_stuck_to_the_end_of_a_paragraph()
    {
        Repair("大赛设置科技创新成果等类别。(陈 明 摄)").Should().Equal("大赛设置科技创新成果等类别。");
    }

    [Fact]
    public void Keeps_a_headline_that_is_followed_by_a_credit_when_an_article_opens_after_it()
    {
        Repair("深圳举办科技大赛\n\n(李四 摄)\n\n本报讯 3月8日,大赛开幕。").Should().Equal("深圳举办科技大赛", "本报讯3月8日,大赛开幕。");
    }

    [Fact]
    public void Drops_fragments_at_the_end_that_repeat_earlier_text()
    {
        var text = "联盟成立以来推动了一批专业联盟的成立,有效融合了区域资源。\n建设大湾区科技成果转化交易服务平台\n平台已服务三千余家企业。\n 联盟成立以来推动了一批专业联盟\n 建设大湾区科技成果转化交易服务平台\n\n \n";
        Repair(text).Should().Equal("联盟成立以来推动了一批专业联盟的成立,有效融合了区域资源。", "建设大湾区科技成果转化交易服务平台", "平台已服务三千余家企业。");
    }

    [Fact]
    public void Strips_form_controls_and_markdown_but_keeps_their_text()
    {
        var paragraphs = _repair.Repair(TextNormalizer.Normalize("# 加强国际科技交流\n\n**《科技导报》:**请介绍主要工作。\n\n是否举办? <input type=\"checkbox\"/> 是 <input type=\"checkbox\"/> 否"));
        paragraphs.Select(p => p.Text).Should().Equal("加强国际科技交流", "《科技导报》:请介绍主要工作。", "是否举办?是否");
        paragraphs[0].HeadingLevel.Should().Be(1);
        paragraphs[1].StartsWithLabel.Should().BeTrue();
    }

    [Fact]
    public void Does_not_join_an_interview_turn_into_the_previous_answer()
    {
        Repair("**陈立:**我们在深圳设立了5个基\n\n地,吸引了海外专家。\n\n**记者:**下一步有什么打算?")
            .Should().Equal("陈立:我们在深圳设立了5个基地,吸引了海外专家。", "记者:下一步有什么打算?");
    }
}
