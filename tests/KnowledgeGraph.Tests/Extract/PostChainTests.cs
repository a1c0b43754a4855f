using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Tests.Extract;

/// <summary>Posts read from the words around a name: organs and terms inside a chain, descriptions, scoped clauses.</summary>
public class PostChainTests
{
    [Theory]
    [InlineData("浙江省科协第九届委员会副主席陈立新出席会议。", "浙江省科协", "副主席")]
    [InlineData("中国化学会第 31 届理事会常务理事王建华作报告。", "中国化学会", "常务理事")]
    [InlineData("江苏省科协第十届全国委员会委员孙明当选。", "江苏省科协", "委员")]
    public void An_organ_and_term_between_the_body_and_the_title_belong_to_the_post(string text, string body, string title)
    {
        var g = ExtractorFixture.Run(text);

        g.Relations.Should().ContainSingle(r => r.Type == RelationTypes.HoldsPosition)
            .Which.Properties["title"].Should().Be(title);
        g.Entities.Should().Contain(e => e.Name == body || e.Aliases.Contains(body));
    }

    [Fact]
    public void A_bare_unit_after_a_comma_in_the_chain_is_part_of_its_post_and_the_chain_goes_on()
    {
        var g = ExtractorFixture.Run("浙江省委常委、组织部部长刘强出席会议。刘强指出，要做好人才工作。浙江省委常委刘强强调，要抓好落实。");

        g.Relation(RelationTypes.HoldsPosition, "刘强", "浙江省委")!.Properties["title"].Should().Be("常委、组织部部长", "each post once, in the order written");
        g.Entities.Should().NotContain(e => e.Name == "组织部", "a bare unit is nobody's body here");
    }

    [Fact]
    public void A_unit_written_right_after_its_body_is_the_body_of_the_post()
    {
        var g = ExtractorFixture.Run("湖南省科协科学技术普及部部长何芳介绍情况。");

        g.Relations.Should().ContainSingle(r => r.Type == RelationTypes.HoldsPosition)
            .Which.Target.Should().Be("湖南省科协科学技术普及部");
    }

    [Fact]
    public void A_title_with_its_grade_is_one_title()
    {
        var g = ExtractorFixture.Run("国家电网公司教授级高级工程师、中国工程院院士刘振华获奖。");

        g.Relation(RelationTypes.HoldsPosition, "刘振华", "国家电网公司")!.Properties["title"].Should().Be("教授级高级工程师");
        g.Relation(RelationTypes.HoldsPosition, "刘振华", "中国工程院")!.Properties["title"].Should().Be("院士");
    }

    [Fact]
    public void A_description_ending_in_a_person_noun_lets_the_name_be_read_and_keeps_the_chain_before_it()
    {
        var g = ExtractorFixture.Run("中国石油天然气集团有限公司副总裁、油气勘探专家何立军获得表彰。");

        g.Entity(EntityTypes.Person, "何立军").Should().NotBeNull();
        g.Relation(RelationTypes.HoldsPosition, "何立军", "中国石油天然气集团有限公司")!.Properties["title"].Should().Be("副总裁");
    }

    [Theory]
    [InlineData("邀请海外专家南粤行活动的嘉宾。")]
    [InlineData("组织青年科学家论坛。")]
    public void A_person_noun_outside_a_title_chain_introduces_no_name(string text) =>
        ExtractorFixture.Run(text).Entities.Should().NotContain(e => e.Type == EntityTypes.Person);

    [Fact]
    public void A_post_without_a_body_after_the_verb_is_at_the_body_the_clause_is_scoped_to()
    {
        var g = ExtractorFixture.Run("在国际纯粹与应用化学联合会(IUPAC)中，中国化学会理事长李明任副主席；在亚洲化学学会联合会中，北京化工大学教授王芳任执委会委员。");

        g.Relation(RelationTypes.HoldsPosition, "李明", "国际纯粹与应用化学联合会")!.Properties["title"].Should().Be("副主席");
        g.Relation(RelationTypes.HoldsPosition, "李明", "中国化学会")!.Properties["title"].Should().Be("理事长");
        g.Relation(RelationTypes.HoldsPosition, "王芳", "亚洲化学学会联合会")!.Properties["title"].Should().Be("执委会委员");
        g.Relation(RelationTypes.HoldsPosition, "王芳", "国际纯粹与应用化学联合会").Should().BeNull("a semicolon ends the first scope");
    }

    [Fact]
    public void A_name_between_its_body_and_its_title_holds_that_post()
    {
        var g = ExtractorFixture.Run("开幕式由杭州市电子学会王立群副理事长主持。浙江大学信息学院教授陈思分别作了报告。");

        g.Relation(RelationTypes.HoldsPosition, "王立群", "杭州市电子学会")!.Properties["title"].Should().Be("副理事长");
        g.Relation(RelationTypes.HoldsPosition, "陈思", "浙江大学信息学院")!.Properties["title"].Should().Be("教授");
    }

    [Fact]
    public void A_head_noun_before_a_title_is_the_body_named_last_and_兼任_is_no_part_of_a_name()
    {
        var g = ExtractorFixture.Run("联合体秘书处设在浙江省电子学会，学会秘书长刘芳兼任联合体秘书长。");

        g.Entities.Should().NotContain(e => e.Type == EntityTypes.Person && e.Name != "刘芳");
        g.Relation(RelationTypes.HoldsPosition, "刘芳", "浙江省电子学会")!.Properties["title"].Should().Be("秘书长");
    }

    [Fact]
    public void A_latin_acronym_given_once_is_the_body_wherever_it_is_written_again()
    {
        var g = ExtractorFixture.Run("浙江省岩土学会加入国际岩土工程联合会（IFGE）。会上，浙江大学教授陈立当选IFGE执委。");

        g.Relation(RelationTypes.HoldsPosition, "陈立", "国际岩土工程联合会")!.Properties["title"].Should().Be("执委");
    }
    [Theory]
    [InlineData("任命陈立为嘉兴市科学技术局副局长（试用期一年）；", "陈立", "副局长")]
    [InlineData("免去周海的嘉兴市科学技术局局长职务，另有任用。", "周海", "局长")]
    public void Appointments_and_removals_state_the_post(string line, string person, string title)
    {
        var g = ExtractorFixture.Run("市政府任免工作人员\n\n" + line);

        g.Relation(RelationTypes.HoldsPosition, person, "嘉兴市科学技术局")!.Properties["title"].Should().Be(title);
    }
}
