using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Tests.Extract;

public class PersonNameFormsTests
{
    [Fact]
    public void Transliterated_name_with_middle_dot_is_one_person_with_its_post()
    {
        var g = ExtractorFixture.Run("法国国家科学研究中心主任安托万·杜邦与代表团座谈。");

        g.Entity(EntityTypes.Person, "安托万·杜邦").Should().NotBeNull();
        g.Entity(EntityTypes.Person, "安托万").Should().BeNull();
        g.Relation(RelationTypes.HoldsPosition, "安托万·杜邦", "法国国家科学研究中心")!.Properties["title"].Should().Be("主任");
    }

    [Fact]
    public void Dot_inside_a_quoted_slogan_is_not_a_name()
    {
        var g = ExtractorFixture.Run("活动以“携手创新·共享未来”为主题。");

        g.Entities.Should().NotContain(e => e.Type == EntityTypes.Person);
    }

    [Fact]
    public void Function_word_as_middle_given_character_is_allowed()
    {
        var g = ExtractorFixture.Run("江苏省科协副主席王向阳会见了来访专家。");

        g.Relation(RelationTypes.HoldsPosition, "王向阳", "江苏省科协").Should().NotBeNull();
    }

    [Fact]
    public void Name_followed_by_passive_marker_is_read_without_it()
    {
        var g = ExtractorFixture.Run("浙江大学教授孙海被聘为首席科学家。");

        g.Relation(RelationTypes.HoldsPosition, "孙海", "浙江大学")!.Properties["title"].Should().Be("教授");
    }

    [Fact]
    public void Verb_between_a_title_chain_and_a_name_ends_the_organisation()
    {
        var g = ExtractorFixture.Run("河南省科协党组书记赵志刚为基地揭牌。");

        g.Relation(RelationTypes.HoldsPosition, "赵志刚", "河南省科协").Should().NotBeNull();
        g.Entities.Should().NotContain(e => e.Name.Contains("赵志刚") && e.Type == EntityTypes.Organization);
    }
}
