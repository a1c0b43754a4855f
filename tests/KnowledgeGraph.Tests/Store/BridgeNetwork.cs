using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;
using static KnowledgeGraph.Model.Ontology.RelationTypes;
using static KnowledgeGraph.Tests.Store.GraphBuilder;

namespace KnowledgeGraph.Tests.Store;

/// <summary>
/// A generated graph whose network answers are known by construction:
/// <code>
/// 广州第1..L学会 ─MEMBER_OF→ 广州市科协 ─PARTNERS_WITH─ 旅美华人科技协会 ─PARTNERS_WITH─ 杭州市科协 ←MEMBER_OF─ 杭州第1..L学会
/// 广州市科协 ─ORGANIZED→ 科技论坛甲 ←ATTENDED─ 旅美华人科技协会, 广州第1学会
/// 杭州市科协 ─ORGANIZED→ 科技论坛乙 ←ATTENDED─ 旅美华人科技协会, 广州第1学会, 上海创新中心 (location 上海市浦东新区)
/// </code>
/// Among the organizations the bridge (旅美华人科技协会) lies on every path between the (L+1)-node halves: betweenness (L+1)²;
/// each hub on C(L,2) leaf pairs plus its L leaves to the L+2 nodes beyond it. Articles are dated 2025-01-05, 2025-01-20
/// and 2025-03-02.
/// </summary>
public static class BridgeNetwork
{
    public const int Leaves = 4;

    public static readonly Entity WestHub = Organization("广州市科协", OrganizationKinds.Association);
    public static readonly Entity EastHub = Organization("杭州市科协", OrganizationKinds.Association);
    public static readonly Entity Bridge = Organization("旅美华人科技协会", OrganizationKinds.OverseasSociety);
    public static readonly Entity ForumA = Event("科技论坛甲");
    public static readonly Entity ForumB = Event("科技论坛乙");
    public static readonly Entity Shanghai = Organization("上海创新中心", OrganizationKinds.Platform) with
    {
        Properties = new Dictionary<string, string> { ["location"] = "上海市浦东新区" },
    };

    public static Entity WestLeaf(int i) => Organization($"广州第{i}学会", OrganizationKinds.Society);

    public static Entity EastLeaf(int i) => Organization($"杭州第{i}学会", OrganizationKinds.Society);

    /// <summary>Exact betweenness of a hub among the organizations: C(L,2) + L·(L+2).</summary>
    public static double HubBetweenness => (Leaves * (Leaves - 1) / 2.0) + (Leaves * (Leaves + 2));

    public static double BridgeBetweenness => (Leaves + 1) * (Leaves + 1);

    /// <summary>The star halves (January articles).</summary>
    public static GraphBuilder Stars()
    {
        var builder = new GraphBuilder();
        var west = string.Join("、", Enumerable.Range(1, Leaves).Select(i => WestLeaf(i).Name)) + "加入广州市科协。广州市科协与旅美华人科技协会合作。";
        builder.Article("西", west, new DateOnly(2025, 1, 5)).Relate(Bridge, PartnersWith, WestHub);
        for (var i = 1; i <= Leaves; i++)
        {
            builder.Relate(WestLeaf(i), MemberOf, WestHub);
        }

        var east = string.Join("、", Enumerable.Range(1, Leaves).Select(i => EastLeaf(i).Name)) + "加入杭州市科协。杭州市科协与旅美华人科技协会合作。";
        builder.Article("东", east, new DateOnly(2025, 1, 20)).Relate(Bridge, PartnersWith, EastHub);
        for (var i = 1; i <= Leaves; i++)
        {
            builder.Relate(EastLeaf(i), MemberOf, EastHub);
        }

        return builder;
    }

    /// <summary>The events (a March article), written after the stars in the changes tests.</summary>
    public static GraphBuilder Events() => new GraphBuilder()
        .Article("论坛", "广州市科协主办科技论坛甲。旅美华人科技协会、广州第1学会参加科技论坛甲。杭州市科协主办科技论坛乙。旅美华人科技协会、广州第1学会、上海创新中心参加科技论坛乙。",
            new DateOnly(2025, 3, 2))
        .Relate(WestHub, Organized, ForumA, properties: new Dictionary<string, string> { ["role"] = "host" })
        .Relate(Bridge, Attended, ForumA)
        .Relate(WestLeaf(1), Attended, ForumA)
        .Relate(EastHub, Organized, ForumB, properties: new Dictionary<string, string> { ["role"] = "host" })
        .Relate(Bridge, Attended, ForumB)
        .Relate(WestLeaf(1), Attended, ForumB)
        .Relate(Shanghai, Attended, ForumB);

    /// <summary>Writes the stars, then the events, as two batches (two ingestions).</summary>
    public static async Task WriteAsync(KnowledgeGraph.Model.Storage.IGraphStore store)
    {
        await store.WriteAsync(Stars().Build());
        await store.WriteAsync(Events().Build());
    }
}
