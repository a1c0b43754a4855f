using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Tests.Extract;

public class IssuerReferenceTests
{
    [Fact]
    public void Self_reference_resolves_to_the_publisher_and_its_unit_is_part_of_it()
    {
        var g = ExtractorFixture.Run("请各单位按时报送材料。联系方式：我厅成果转化处刘芳，电话0791-86201234。", publisher: "江西省科学技术厅");

        g.Entity(EntityTypes.Organization, "江西省科学技术厅")!.Aliases.Should().Contain("我厅");
        g.Relation(RelationTypes.PartOf, "成果转化处", "江西省科学技术厅").Should().NotBeNull();
        g.Entity(EntityTypes.Person, "刘芳").Should().NotBeNull();
    }

    [Fact]
    public void Issuer_is_read_from_the_title_line_when_no_publisher_is_known()
    {
        var g = ExtractorFixture.Run("福建省物理学会关于召开2025年学术年会的通知\n经研究，本会定于10月在福州召开2025年福建省物理学会学术年会。");

        g.Entity(EntityTypes.Organization, "福建省物理学会")!.Aliases.Should().Contain("本会");
    }

    [Fact]
    public void Unit_heading_a_contact_line_is_part_of_the_issuer()
    {
        var g = ExtractorFixture.Run("引进人才服务处：黄伟、邓琳，0571-87051111", publisher: "浙江省科学技术厅");

        g.Relation(RelationTypes.PartOf, "引进人才服务处", "浙江省科学技术厅").Should().NotBeNull();
        g.Entity(EntityTypes.Person, "黄伟").Should().NotBeNull();
    }

    [Fact]
    public void Self_reference_of_another_kind_of_body_is_not_resolved()
    {
        var g = ExtractorFixture.Run("我厅将组织专家评审。", publisher: "湖北省物理学会");

        g.Entity(EntityTypes.Organization, "湖北省物理学会").Should().BeNull();
    }
}
