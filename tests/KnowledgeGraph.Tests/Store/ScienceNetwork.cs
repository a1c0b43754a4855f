using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;
using static KnowledgeGraph.Model.Ontology.RelationTypes;
using static KnowledgeGraph.Tests.Store.GraphBuilder;

namespace KnowledgeGraph.Tests.Store;

/// <summary>
/// A small network of the kind the service reads from news (three articles, ten entities, twelve relations):
/// <code>
/// 广州市科协, 深圳市科协 ─MEMBER_OF→ 粤港澳大湾区科技协同创新联盟 ←FOUNDED─ 广东省科协
/// 粤港澳大湾区科技协同创新联盟 ─ORGANIZED→ 2025粤港澳大湾区科技论坛 ←ATTENDED─ 香港科技大学
/// 张伟 ─HOLDS_POSITION→ 广州市科协;  张伟 ─VISITED→ 深圳市科协
/// 广州市科协 ─PARTNERS_WITH─ 香港科技大学 ─PARTNERS_WITH─ 澳门科技大学 ─PARTNERS_WITH─ 深圳市科协   (symmetric)
/// 上海市科协, 广州市科协 ─MEMBER_OF→ 长三角科技创新联盟
/// </code>
/// 广州市科协 to 深圳市科协: exactly two shortest paths (via the alliance, via 张伟) and a longer one via the universities.
/// </summary>
public static class ScienceNetwork
{
    public static readonly Entity Alliance = Organization("粤港澳大湾区科技协同创新联盟", OrganizationKinds.Alliance);
    public static readonly Entity Guangzhou = Organization("广州市科协", OrganizationKinds.Association, "广州市科学技术协会");
    public static readonly Entity Shenzhen = Organization("深圳市科协", OrganizationKinds.Association, "深圳市科学技术协会");
    public static readonly Entity Guangdong = Organization("广东省科协", OrganizationKinds.Association);
    public static readonly Entity Forum = Event("2025粤港澳大湾区科技论坛");
    public static readonly Entity Hkust = Organization("香港科技大学", OrganizationKinds.University);
    public static readonly Entity Must = Organization("澳门科技大学", OrganizationKinds.University);
    public static readonly Entity ZhangWei = Person("张伟");
    public static readonly Entity DeltaAlliance = Organization("长三角科技创新联盟", OrganizationKinds.Alliance);
    public static readonly Entity Shanghai = Organization("上海市科协", OrganizationKinds.Association);

    public const string FoundingArticle = "联盟成立";
    public const string ForumArticle = "论坛举办";
    public const string PartnersArticle = "合作协议";

    public static string FoundingText =>
        "广州市科协、深圳市科协加入粤港澳大湾区科技协同创新联盟。广东省科协发起成立粤港澳大湾区科技协同创新联盟。";

    public static GraphBatch Batch() => Builder().Build();

    public static GraphBuilder Builder() => new GraphBuilder()
        .Article(FoundingArticle, FoundingText, new DateOnly(2025, 3, 1))
        .Relate(Guangzhou, MemberOf, Alliance)
        .Relate(Shenzhen, MemberOf, Alliance)
        .Relate(Guangdong, Founded, Alliance, confidence: 0.8)
        .Article(ForumArticle,
            "粤港澳大湾区科技协同创新联盟主办2025粤港澳大湾区科技论坛。香港科技大学参加2025粤港澳大湾区科技论坛。张伟任广州市科协主席。张伟走访深圳市科协。",
            new DateOnly(2025, 4, 10))
        .Relate(Alliance, Organized, Forum, properties: new Dictionary<string, string> { ["role"] = "host" })
        .Relate(Hkust, Attended, Forum)
        .Relate(ZhangWei, HoldsPosition, Guangzhou, properties: new Dictionary<string, string> { ["title"] = "主席" })
        .Relate(ZhangWei, Visited, Shenzhen)
        .Article(PartnersArticle,
            "广州市科协与香港科技大学签署合作协议。香港科技大学与澳门科技大学开展合作。深圳市科协与澳门科技大学签署协议。上海市科协加入长三角科技创新联盟。广州市科协加入长三角科技创新联盟。")
        .Relate(Guangzhou, PartnersWith, Hkust)
        .Relate(Hkust, PartnersWith, Must)
        .Relate(Shenzhen, PartnersWith, Must)
        .Relate(Shanghai, MemberOf, DeltaAlliance)
        .Relate(Guangzhou, MemberOf, DeltaAlliance);

    public static IReadOnlyList<Entity> All =>
        [Alliance, Guangzhou, Shenzhen, Guangdong, Forum, Hkust, Must, ZhangWei, DeltaAlliance, Shanghai];
}
