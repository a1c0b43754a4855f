using KnowledgeGraph.Model;
using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Tests.Api;

/// <summary>
/// The graph the API tests query, written straight to the real store so the tests do not depend on what the extractor
/// finds: a small alliance story with evidence, and 110 sample societies that are all members of one sample alliance.
/// </summary>
public static class TestGraph
{
    public const string Guangzhou = "广州市科协";
    public const string Shenzhen = "深圳市科协";
    public const string Alliance = "粤港澳大湾区科技协同创新联盟";
    public const string Cast = "中国科学技术协会";
    public const string CastAlias = "中国科协";
    public const string Chair = "张三";
    public const string Gala = "2026年海外华人科技团体新春团拜活动";
    public const string Plan = "海智计划";
    public const string SampleAlliance = "样本测试联盟";
    public const int SampleSocieties = 110;

    public const string AllianceSentence = "广州市科协、深圳市科协作为成员单位共同发起成立粤港澳大湾区科技协同创新联盟。";
    public const string AllianceTitle = "粤港澳大湾区科技协同创新联盟成立";

    public static string SampleSociety(int i) => $"样本学会{i:000}";

    public static string OrgId(string name) => Ids.Entity(EntityTypes.Organization, name);

    public static GraphBatch Build()
    {
        var story = new Article(Ids.Article("test:alliance", 0), "alliance", AllianceTitle + "\n\n" + AllianceSentence + "中国科协主席张三出席2026年海外华人科技团体新春团拜活动。")
        {
            Title = AllianceTitle,
            Url = "https://example.org/news/alliance",
            Publisher = "广东科技报",
            PublishedOn = new DateOnly(2026, 2, 1),
        };
        var samples = new Article(Ids.Article("test:samples", 0), "samples", "各样本学会均为样本测试联盟成员单位。")
        {
            Title = "样本测试联盟成员名单",
            PublishedOn = new DateOnly(2026, 1, 15),
        };

        var guangzhou = Org(Guangzhou, OrganizationKinds.Association, story);
        var shenzhen = Org(Shenzhen, OrganizationKinds.Association, story);
        var alliance = Org(Alliance, OrganizationKinds.Alliance, story);
        var cast = Org(Cast, OrganizationKinds.Association, story) with { Aliases = [CastAlias] };
        var chair = Node(EntityTypes.Person, Chair, story);
        var gala = Node(EntityTypes.Event, Gala, story);
        var plan = Node(EntityTypes.Program, Plan, story);
        var sampleAlliance = Org(SampleAlliance, OrganizationKinds.Alliance, samples);
        var societies = Enumerable.Range(1, SampleSocieties).Select(i => Org(SampleSociety(i), OrganizationKinds.Society, samples)).ToList();

        var relations = new List<Relation>
        {
            Rel(RelationTypes.MemberOf, guangzhou, alliance, story, AllianceSentence, Guangzhou),
            Rel(RelationTypes.MemberOf, shenzhen, alliance, story, AllianceSentence, Shenzhen),
            Rel(RelationTypes.HoldsPosition, chair, cast, story, "中国科协主席张三", Chair) with { Properties = new Dictionary<string, string> { ["title"] = "主席" } },
            Rel(RelationTypes.Attended, chair, gala, story, "张三出席2026年海外华人科技团体新春团拜活动", Chair),
            Rel(RelationTypes.MemberOf, cast, plan, story, AllianceSentence, CastAlias),
        };
        relations.AddRange(societies.Select(s => Rel(RelationTypes.MemberOf, s, sampleAlliance, samples, samples.Text, "样本学会")));

        return new GraphBatch(
            [story, samples],
            [guangzhou, shenzhen, alliance, cast, chair, gala, plan, sampleAlliance, .. societies],
            relations);
    }

    private static Entity Org(string name, string kind, Article article) => Node(EntityTypes.Organization, name, article) with { Kind = kind };

    private static Entity Node(string type, string name, Article article)
    {
        var start = Math.Max(0, article.Text.IndexOf(name, StringComparison.Ordinal));
        return new Entity(Ids.Entity(type, name), type, name)
        {
            Mentions = [new Evidence(article.Id, article.Text, start, start + name.Length)],
        };
    }

    private static Relation Rel(string type, Entity source, Entity target, Article article, string sentence, string mention)
    {
        var start = Math.Max(0, article.Text.IndexOf(mention, StringComparison.Ordinal));
        return new Relation(Ids.Relation(type, source.Id, target.Id, symmetric: false), type, source.Id, target.Id)
        {
            Confidence = 0.9,
            Evidence = [new Evidence(article.Id, sentence, start, start + mention.Length)],
        };
    }
}
