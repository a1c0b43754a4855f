using KnowledgeGraph.Ingest.Parse;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Tests.Extract;

/// <summary>Form tables flattened to text: each row is read with its column headers as labels.</summary>
public class TableRowTests
{
    private const string TabbedPlatforms =
        "2025年度院士专家工作站建站名单\n\n序号\t工作站名称\t建站单位\t所在区县\n" +
        "1\t周立华院士专家工作站\t大连海工装备有限公司\t金州区\n" +
        "2\t吴文山院士专家工作站\t鞍山钢联新材料股份有限公司\t铁西区\n";

    [Fact]
    public void A_builder_column_founds_the_platform_named_in_its_row()
    {
        var g = ExtractorFixture.Run(TabbedPlatforms);

        g.Relation(RelationTypes.Founded, "大连海工装备有限公司", "周立华院士专家工作站").Should().NotBeNull();
        g.Relation(RelationTypes.Founded, "鞍山钢联新材料股份有限公司", "吴文山院士专家工作站").Should().NotBeNull();
        g.Relation(RelationTypes.Founded, "大连海工装备有限公司", "吴文山院士专家工作站").Should().BeNull();
        g.Entities.Should().NotContain(e => e.Name.Contains("工作站大连", StringComparison.Ordinal));
    }

    [Fact]
    public void A_host_column_gives_part_of_and_a_cell_list_gives_each_builder()
    {
        var g = ExtractorFixture.Run(
            "附件\n\n序号\t名称\t依托单位\t主要共建单位\n" +
            "1\t浙江省海洋装备工程技术研究中心\t宁波东海重工股份有限公司\t浙江大学、宁波大学\n");

        const string centre = "浙江省海洋装备工程技术研究中心";
        g.Relation(RelationTypes.PartOf, centre, "宁波东海重工股份有限公司").Should().NotBeNull();
        g.Relation(RelationTypes.Founded, "浙江大学", centre).Should().NotBeNull();
        g.Relation(RelationTypes.Founded, "宁波大学", centre).Should().NotBeNull();
    }

    [Fact]
    public void Posts_in_brackets_after_a_name_in_a_cell_are_kept()
    {
        var g = ExtractorFixture.Run("序号\t工作站名称\t进站院士\n1\t周立华院士专家工作站\t周立华（中国工程院院士）\n");

        g.Relation(RelationTypes.HoldsPosition, "周立华", "中国工程院")!.Properties["title"].Should().Be("院士");
    }

    [Fact]
    public void A_row_wrapped_inside_a_cell_is_joined()
    {
        var g = ExtractorFixture.Run("序号\t名称\t依托单位\n1\t湖北省智能网联汽车测试工程技术研究\n中心\t武汉理工大学\n");

        g.Relation(RelationTypes.PartOf, "湖北省智能网联汽车测试工程技术研究中心", "武汉理工大学").Should().NotBeNull();
    }

    [Fact]
    public void Lines_that_only_look_like_a_header_change_nothing()
    {
        const string prose = "序号 名称 单位\n福建省科协与厦门大学共同发起成立海峡两岸科技创新联盟。";
        var g = ExtractorFixture.Run(prose);

        g.Relation(RelationTypes.Founded, "厦门大学", "海峡两岸科技创新联盟").Should().NotBeNull();
    }

    [Fact]
    public void Spaced_pdf_table_keeps_its_columns_apart_after_parsing()
    {
        var text = TextNormalizer.Normalize(
            "序号 名称 依托单位 所在地\n1 湖南省先进储能材料工程技术研究中心 中南大学 长沙市\n\n三、有关要求。各单位 要 加强 管理。");

        text.Should().Contain("1\t湖南省先进储能材料工程技术研究中心\t中南大学\t长沙市");
        text.Should().Contain("三、有关要求。各单位要加强管理。", "prose after the table loses its layout spaces as before");
        var g = ExtractorFixture.Run(text);
        g.Relation(RelationTypes.PartOf, "湖南省先进储能材料工程技术研究中心", "中南大学").Should().NotBeNull();
    }
}
