using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Tests.Extract;

public class PersonRecognitionTests
{
    [Fact]
    public void Title_chain_before_name_gives_person_and_post_at_the_body()
    {
        var g = ExtractorFixture.Run("四川省科协党组书记、常务副主席李明华出席会议并讲话。");

        g.Entity(EntityTypes.Person, "李明华").Should().NotBeNull();
        var post = g.Relation(RelationTypes.HoldsPosition, "李明华", "四川省科协");
        post.Should().NotBeNull();
        post!.Properties["title"].Should().Contain("常务副主席");
    }

    [Theory]
    [InlineData("省农科院副院长张立新表示，要加强合作。", "张立新")]
    [InlineData("省农科院副院长张立介绍了项目进展。", "张立")]
    public void Name_length_is_chosen_where_a_following_word_starts(string text, string name)
    {
        var g = ExtractorFixture.Run(text);

        g.Entities.Where(e => e.Type == EntityTypes.Person).Select(e => e.Name).Should().Equal(name);
    }

    [Fact]
    public void Two_bodies_in_one_chain_give_two_posts()
    {
        var g = ExtractorFixture.Run("陕西省政协副主席、陕西省科协主席赵国庆出席开幕式。");

        g.Relation(RelationTypes.HoldsPosition, "赵国庆", "陕西省政协")!.Properties["title"].Should().Be("副主席");
        g.Relation(RelationTypes.HoldsPosition, "赵国庆", "陕西省科协")!.Properties["title"].Should().Be("主席");
    }

    [Fact]
    public void Byline_with_unnamed_outlet_gives_a_person_without_post()
    {
        var g = ExtractorFixture.Run("本报讯（记者 周晓明）日前，福建省科协召开全委会议。");

        g.Entity(EntityTypes.Person, "周晓明").Should().NotBeNull();
        g.Relations.Should().NotContain(r => r.Type == RelationTypes.HoldsPosition);
    }

    [Fact]
    public void Common_words_starting_with_a_surname_are_not_names()
    {
        var g = ExtractorFixture.Run("会议强调，高质量发展需要方方面面的支持。");

        g.Entities.Should().NotContain(e => e.Type == EntityTypes.Person);
    }

    [Fact]
    public void Contact_names_after_a_body_and_colon_are_people()
    {
        var g = ExtractorFixture.Run("联系方式\n云南省科技厅外国专家服务处：孟丽华、杨帆，0871-12345678");

        g.Entities.Where(e => e.Type == EntityTypes.Person).Select(e => e.Name).Should().BeEquivalentTo("孟丽华", "杨帆");
    }

    [Fact]
    public void Names_enumerated_before_a_people_noun_are_people()
    {
        var g = ExtractorFixture.Run("推动学习黄大年、南仁东等优秀科学家事迹进校园。");

        g.Entities.Where(e => e.Type == EntityTypes.Person).Select(e => e.Name).Should().BeEquivalentTo("黄大年", "南仁东");
    }

    [Fact]
    public void Name_before_a_bracketed_country_is_a_person_with_country()
    {
        var g = ExtractorFixture.Run("其中陈志强(加拿大)的项目已落地。");

        g.Entity(EntityTypes.Person, "陈志强")!.Properties["country"].Should().Be("加拿大");
    }
}
