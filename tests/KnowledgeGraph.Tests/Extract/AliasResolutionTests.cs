using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Tests.Extract;

public class AliasResolutionTests
{
    [Fact]
    public void Full_and_abbreviated_forms_are_one_entity()
    {
        var g = ExtractorFixture.Run("江西省科学技术协会召开常委会议。会后，江西省科协部署了下一步工作。");

        g.Entities.Where(e => e.Type == EntityTypes.Organization && e.Name.StartsWith("江西省", StringComparison.Ordinal)).Should().ContainSingle()
            .Which.Aliases.Should().Contain("江西省科协");
    }

    [Fact]
    public void Context_short_form_resolves_to_the_document_province()
    {
        var g = ExtractorFixture.Run("河南省科协在郑州举办科普活动。河南各地积极参与，省科协有关负责人介绍了情况。");

        var org = g.Entity(EntityTypes.Organization, "河南省科协");
        org.Should().NotBeNull();
        org!.Aliases.Should().Contain("省科协");
        g.Entities.Count(e => e.Type == EntityTypes.Organization).Should().Be(1);
    }

    [Fact]
    public void In_a_municipality_the_city_short_form_is_its_own_and_there_is_no_province_form()
    {
        var g = ExtractorFixture.Run("天津市科协召开常委会议。会议在天津举行，市科协主席刘东主持，省科协代表列席。");

        g.Entity(EntityTypes.Organization, "天津市科协")!.Aliases.Should().Contain("市科协");
        g.Entities.SelectMany(e => e.Aliases.Append(e.Name)).Should().NotContain(n => n.StartsWith("天津省", StringComparison.Ordinal));
    }

    [Fact]
    public void Short_form_declared_with_jiancheng_is_an_alias()
    {
        var g = ExtractorFixture.Run("成立长江流域生态保护创新联盟（以下简称“长江联盟”）。长江联盟现有成员单位60家。");

        g.Entity(EntityTypes.Organization, "长江流域生态保护创新联盟")!.Aliases.Should().Contain("长江联盟");
    }
    [Fact]
    public void A_county_named_only_before_its_own_bodies_resolves_its_short_forms()
    {
        var g = ExtractorFixture.Run(
            "安吉县科协第八次代表大会开幕\n\n11月20日，安吉县科协第八次代表大会开幕。县委书记吴国栋，县委常委、宣传部部长钮丽娟出席。安吉县人民政府副县长周洁致辞。");

        g.Relation(RelationTypes.HoldsPosition, "吴国栋", "安吉县委")!.Properties["title"].Should().Be("书记");
    }
    [Fact]
    public void A_zone_administration_and_its_short_form_are_one_body()
    {
        var g = ExtractorFixture.Run("苏州国家高新技术产业开发区管理委员会与中国自动化学会签约。苏州高新区管委会副主任顾晓明出席。");

        var body = g.Entity(EntityTypes.Organization, "苏州国家高新技术产业开发区管理委员会");
        body!.Kind.Should().Be(OrganizationKinds.Government);
        body.Aliases.Should().Contain("苏州高新区管委会");
        g.Relation(RelationTypes.HoldsPosition, "顾晓明", body.Name).Should().NotBeNull();
    }

    [Fact]
    public void A_head_noun_before_a_title_in_a_list_of_posts_is_the_body_named_before()
    {
        var g = ExtractorFixture.Run(
            "全英华人生物科学家协会代表团来常访问。代表团由协会会长钟立衡率领，成员包括协会副会长许嘉睿等。");

        g.Relation(RelationTypes.HoldsPosition, "钟立衡", "全英华人生物科学家协会")!.Properties["title"].Should().Be("会长");
        g.Relation(RelationTypes.HoldsPosition, "许嘉睿", "全英华人生物科学家协会")!.Properties["title"].Should().Be("副会长");
    }
    [Fact]
    public void School_short_forms_resolve_to_the_university_the_article_is_about()
    {
        var g = ExtractorFixture.Run(
            "大连理工大学科协召开全体会议\n\n大连理工大学科学技术协会第三届委员会召开全体会议。年内校科协当选辽宁省高校科协联合会副理事长单位。");

        var body = g.Entity(EntityTypes.Organization, "大连理工大学科学技术协会");
        body.Should().NotBeNull();
        g.Entities.Should().NotContain(e => e.Name.StartsWith("年内", StringComparison.Ordinal));
        g.Relation(RelationTypes.MemberOf, body!.Name, "辽宁省高校科协联合会").Should().NotBeNull();
    }

    [Fact]
    public void A_district_body_without_a_known_place_keeps_its_district()
    {
        var g = ExtractorFixture.Run("长兴县科学技术协会第九次代表大会开幕\n\n吴兴区科协、德清县科协负责人应邀出席。");

        g.Entity(EntityTypes.Organization, "吴兴区科协").Should().NotBeNull();
        g.Entity(EntityTypes.Organization, "区科协").Should().BeNull();
    }
}
