using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Tests.Extract;

public class OrganizationRecognitionTests
{
    [Fact]
    public void Finds_coordinated_bodies_by_suffix_and_place_prefix()
    {
        var g = ExtractorFixture.Run("浙江省科学技术协会与江苏省科协联合举办了2024年长三角科技论坛。");

        g.Entity(EntityTypes.Organization, "浙江省科学技术协会")!.Kind.Should().Be(OrganizationKinds.Association);
        g.Entity(EntityTypes.Organization, "江苏省科协").Should().NotBeNull();
        g.Entities.Should().NotContain(e => e.Name.Contains("与江苏"));
    }

    [Fact]
    public void Keeps_conjunction_inside_a_name_when_the_right_part_is_not_a_name()
    {
        var g = ExtractorFixture.Run("会议期间，代表们参观了东海材料科学与技术实验室。");

        g.Entity(EntityTypes.Organization, "东海材料科学与技术实验室")!.Kind.Should().Be(OrganizationKinds.ResearchInstitute);
    }

    [Fact]
    public void Unit_written_after_its_parent_is_a_department_part_of_it()
    {
        var g = ExtractorFixture.Run("中国科协青少年工作部部长王强在会上作报告。");

        g.Entity(EntityTypes.Organization, "中国科协青少年工作部")!.Kind.Should().Be(OrganizationKinds.Department);
        g.Relation(RelationTypes.PartOf, "中国科协青少年工作部", "中国科学技术协会").Should().NotBeNull();
    }

    [Fact]
    public void Generic_phrases_and_venues_are_not_organisations()
    {
        var g = ExtractorFixture.Run("西南地区省市科协负责人在成都世纪城会展中心座谈，各级科协组织要构建国际化平台。");

        g.Entities.Where(e => e.Type == EntityTypes.Organization).Should().BeEmpty();
    }

    [Theory]
    [InlineData("在德国工程师协会的支持下，双方开展交流。", "德国工程师协会", OrganizationKinds.ForeignOrganization)]
    [InlineData("在旅德华人学者协会的支持下，双方开展交流。", "旅德华人学者协会", OrganizationKinds.OverseasSociety)]
    [InlineData("在欧洲材料研究学会的支持下，双方开展交流。", "欧洲材料研究学会", OrganizationKinds.InternationalOrganization)]
    [InlineData("在湖北省教育厅的支持下，双方开展交流。", "湖北省教育厅", OrganizationKinds.Government)]
    public void Kind_follows_suffix_and_prefix(string text, string name, string kind)
    {
        var g = ExtractorFixture.Run(text);

        g.Entity(EntityTypes.Organization, name)!.Kind.Should().Be(kind);
    }

    [Fact]
    public void Bracketed_acronym_is_an_alias()
    {
        var g = ExtractorFixture.Run("中国科协代表团访问了美国化学会(ACS)总部。");

        g.Entity(EntityTypes.Organization, "美国化学会")!.Aliases.Should().Contain("ACS");
    }

    [Fact]
    public void Sub_body_with_own_identity_is_part_of_its_prefix_only_when_the_parent_stands_alone()
    {
        var alone = ExtractorFixture.Run("浙江大学化学研究所所长李华出席会议。浙江大学副校长王伟致辞。");
        var prefixOnly = ExtractorFixture.Run("浙江大学化学研究所所长李华出席会议。");

        alone.Relation(RelationTypes.PartOf, "浙江大学化学研究所", "浙江大学").Should().NotBeNull();
        prefixOnly.Relations.Should().NotContain(r => r.Type == RelationTypes.PartOf);
    }

    [Fact]
    public void Brand_prefix_is_not_a_parent()
    {
        var g = ExtractorFixture.Run("湖南省科协海智计划工作基地在长沙揭牌，湖南省科协负责人出席。");

        g.Relations.Should().NotContain(r => r.Type == RelationTypes.PartOf);
    }
}
