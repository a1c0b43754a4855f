using KnowledgeGraph.Tests.Store;
using static KnowledgeGraph.Tests.Store.BridgeNetwork;

namespace KnowledgeGraph.Tests.Api;

/// <summary>Each network question, one query each, against the generated <see cref="BridgeNetwork"/> with known answers.</summary>
[Collection(BridgeApiCollection.Name)]
public sealed class NetworkQuestionTests(BridgeApiFixture api)
{
    [Fact]
    public async Task Co_participants_are_ranked_by_shared_events_with_the_events_and_evidence()
    {
        var data = await api.DataAsync("""
            query($id: ID!) { coParticipants(id: $id, first: 2) {
              totalCount pageInfo { hasNextPage }
              nodes { entity { name } sharedEvents links { type target { name } evidence { sentence article { title } } } } } }
            """, new { id = Bridge.Id });

        var page = data["coParticipants"]!;
        page["totalCount"]!.GetValue<int>().Should().Be(4);
        page["pageInfo"]!["hasNextPage"]!.GetValue<bool>().Should().BeTrue();
        var top = page["nodes"]![0]!;
        top["entity"]!["name"]!.GetValue<string>().Should().Be(WestLeaf(1).Name);
        top["sharedEvents"]!.GetValue<int>().Should().Be(2);
        top["links"]!.AsArray().Select(l => l!["target"]!["name"]!.GetValue<string>()).Should().BeEquivalentTo([ForumA.Name, ForumB.Name]);
        top["links"]![0]!["evidence"]![0]!["article"]!["title"]!.GetValue<string>().Should().Be("论坛");
    }

    [Fact]
    public async Task Common_partners_of_the_two_hubs_is_the_bridge_with_both_links()
    {
        var data = await api.DataAsync(
            "query($a: ID!, $b: ID!) { commonPartners(a: $a, b: $b) { partner { name } links { type source { name } target { name } evidence { sentence } } } }",
            new { a = WestHub.Id, b = EastHub.Id });

        var partner = data["commonPartners"]!.AsArray().Should().ContainSingle().Subject!;
        partner["partner"]!["name"]!.GetValue<string>().Should().Be(Bridge.Name);
        partner["links"]!.AsArray().Should().HaveCount(2).And.OnlyContain(l => l!["type"]!.GetValue<string>() == "PARTNERS_WITH");
    }

    [Fact]
    public async Task Brokers_by_betweenness_put_the_hubs_then_the_bridge_first()
    {
        var data = await api.DataAsync("""
            { brokers(by: BETWEENNESS, types: [ORGANIZATION], first: 3) {
                scopeNodes scopeEdges sampled
                brokers { totalCount nodes { entity { name } degree betweenness } } } }
            """);

        var ranking = data["brokers"]!;
        ranking["scopeNodes"]!.GetValue<int>().Should().Be(12);
        ranking["sampled"]!.GetValue<bool>().Should().BeFalse();
        ranking["brokers"]!["nodes"]!.AsArray().Select(b => (b!["entity"]!["name"]!.GetValue<string>(), b["betweenness"]!.GetValue<double>()))
            .Should().Equal((WestHub.Name, HubBetweenness), (EastHub.Name, HubBetweenness), (Bridge.Name, BridgeBetweenness));
    }

    [Fact]
    public async Task Overseas_societies_connecting_associations_is_one_query()
    {
        var data = await api.DataAsync("""
            { brokers(by: BETWEENNESS, types: [ORGANIZATION], kinds: [OVERSEAS_SOCIETY, ASSOCIATION, SOCIETY], rankKinds: [OVERSEAS_SOCIETY]) {
                brokers { totalCount nodes { entity { name ... on Organization { kind } } degree betweenness } } } }
            """);

        var only = data["brokers"]!["brokers"]!["nodes"]!.AsArray().Should().ContainSingle().Subject!;
        only["entity"]!["kind"]!.GetValue<string>().Should().Be("OVERSEAS_SOCIETY");
        only["degree"]!.GetValue<int>().Should().Be(2);
        only["betweenness"]!.GetValue<double>().Should().Be(BridgeBetweenness);
    }

    [Fact]
    public async Task Brokers_within_a_region_and_by_degree()
    {
        var data = await api.DataAsync("""
            { brokers(by: DEGREE, types: [ORGANIZATION], region: "广东", first: 1) { scopeNodes brokers { nodes { entity { name } degree betweenness } } } }
            """);

        data["brokers"]!["scopeNodes"]!.GetValue<int>().Should().Be(Leaves + 1);
        var top = data["brokers"]!["brokers"]!["nodes"]![0]!;
        top["entity"]!["name"]!.GetValue<string>().Should().Be(WestHub.Name);
        top["degree"]!.GetValue<int>().Should().Be(Leaves);
        top["betweenness"].Should().BeNull();
    }

    [Fact]
    public async Task A_neighbourhood_filtered_to_organizations_draws_as_nodes_and_edges()
    {
        var data = await api.DataAsync(
            "query($id: ID!) { neighborhood(id: $id, depth: 2, types: [ORGANIZATION], maxNodes: 50) { nodes { name type } edges { type source { id } target { id } evidence { sentence } } truncated } }",
            new { id = Bridge.Id });

        var subgraph = data["neighborhood"]!;
        subgraph["nodes"]!.AsArray().Should().HaveCount(3 + (2 * Leaves)).And.OnlyContain(n => n!["type"]!.GetValue<string>() == "ORGANIZATION");
        subgraph["edges"]!.AsArray().Should().OnlyContain(e => e!["evidence"]!.AsArray().Count > 0);
        subgraph["truncated"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public async Task Paths_give_all_shortest_or_one_with_evidence_on_every_hop()
    {
        const string query = """
            query($from: ID!, $to: ID!, $all: Boolean) { paths(from: $from, to: $to, allShortest: $all, relationTypes: [MEMBER_OF, PARTNERS_WITH]) {
              length nodes { name } edges { type evidence { sentence article { url } } } } }
            """;

        var all = await api.DataAsync(query, new { from = WestLeaf(1).Id, to = EastLeaf(1).Id, all = true });
        var one = await api.DataAsync(query, new { from = WestLeaf(1).Id, to = EastLeaf(1).Id, all = false });

        var path = all["paths"]!.AsArray().Should().ContainSingle().Subject!;
        path["length"]!.GetValue<int>().Should().Be(4);
        path["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).Should().Equal(WestLeaf(1).Name, WestHub.Name, Bridge.Name, EastHub.Name, EastLeaf(1).Name);
        path["edges"]!.AsArray().Should().OnlyContain(e => e!["evidence"]!.AsArray().Count > 0);
        one["paths"]!.AsArray().Should().ContainSingle();
    }

    [Fact]
    public async Task A_timeline_orders_relations_by_date_and_honours_the_window()
    {
        const string query = """
            query($id: ID!, $from: Date) { timeline(id: $id, from: $from) { totalCount nodes { type firstSeen target { name } } } }
            """;

        var all = await api.DataAsync(query, new { id = Bridge.Id, from = (string?)null });
        var march = await api.DataAsync(query, new { id = Bridge.Id, from = "2025-03-01" });

        var dates = all["timeline"]!["nodes"]!.AsArray().Select(n => n!["firstSeen"]!.GetValue<DateTimeOffset>()).ToList();
        dates.Should().HaveCount(4).And.BeInAscendingOrder();
        march["timeline"]!["nodes"]!.AsArray().Select(n => n!["target"]!["name"]!.GetValue<string>()).Should().BeEquivalentTo([ForumA.Name, ForumB.Name]);
    }

    [Fact]
    public async Task Counts_and_top_entities_for_dashboards()
    {
        var data = await api.DataAsync("""
            { countsByKind { name count } countsByProvince { name count } articlesByMonth { name count }
              topEntities(by: RELATIONS, type: ORGANIZATION, first: 2) { totalCount nodes { entity { name } score } } }
            """);

        data["countsByKind"]![0]!["name"]!.GetValue<string>().Should().Be("Society");
        data["countsByProvince"]!.AsArray().Select(c => (c!["name"]!.GetValue<string>(), c["count"]!.GetValue<int>()))
            .Should().Equal(("广东", Leaves + 1), ("浙江", Leaves + 1), ("Unknown", 1), ("上海", 1));
        data["articlesByMonth"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()).Should().Equal("2025-01", "2025-03");
        data["topEntities"]!["nodes"]!.AsArray().Select(n => n!["score"]!.GetValue<double>()).Should().Equal(6, 6);
    }

    [Fact]
    public async Task Changes_since_the_beginning_list_every_supported_item()
    {
        var data = await api.DataAsync("""
            { changes(since: "2000-01-01T00:00:00Z", first: 100) { totalCount nodes { kind at entity { name } relation { type evidence { sentence } } } } }
            """);

        var changes = data["changes"]!;
        changes["totalCount"]!.GetValue<int>().Should().Be(14 + 17, "14 entities are mentioned and 17 relations stated");
        changes["nodes"]!.AsArray().Should().OnlyContain(n => n!["kind"]!.GetValue<string>() == "ADDED");
    }

    [Fact]
    public async Task Ranked_lists_with_their_entities_relations_take_a_bounded_number_of_store_calls()
    {
        api.ResetCounts();

        var data = await api.DataAsync("""
            { topEntities(first: 100) { nodes { entity { name relations(first: 10) { nodes { type source { name } target { name } evidence { article { title } } } } } } }
              brokers(types: [ORGANIZATION], first: 100) { brokers { nodes { entity { name relations(first: 10) { totalCount nodes { target { name } } } } } } }
              coParticipants(id: "%BRIDGE%", first: 100) { nodes { entity { relations(first: 5) { nodes { target { name } } } } } } }
            """.Replace("%BRIDGE%", Bridge.Id));

        data["topEntities"]!["nodes"]!.AsArray().Should().HaveCount(14);
        api.Network.Calls.Should().BeEquivalentTo(new Dictionary<string, int>
        {
            ["RankEntitiesAsync"] = 1,
            ["RankBrokersAsync"] = 1,
            ["FindCoParticipantsAsync"] = 1,
        });
        api.Store.Calls.GetValueOrDefault("GetRelationsAsync").Should().Be(1, "one batched call for every entity's relations");
        api.TotalStoreCalls.Should().BeLessThanOrEqualTo(7);
    }
}
