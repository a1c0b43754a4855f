using KnowledgeGraph.Model;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Tests.Api;

/// <summary>neighborhood and paths.</summary>
[Collection(ApiCollection.Name)]
public sealed class GraphWalkTests(ApiServerFixture api)
{
    [Fact]
    public async Task The_neighbourhood_of_the_alliance_holds_both_members_and_the_edges()
    {
        var data = await api.DataAsync(
            "query($id: ID!) { neighborhood(id: $id, depth: 1) { truncated nodes { name } edges { type source { name } target { name } } } }",
            new { id = TestGraph.OrgId(TestGraph.Alliance) });

        var hood = data["neighborhood"]!;
        hood["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>())
            .Should().Contain([TestGraph.Alliance, TestGraph.Guangzhou, TestGraph.Shenzhen]);
        hood["edges"]!.AsArray().Should().HaveCount(2).And.OnlyContain(e => e!["type"]!.GetValue<string>() == "MEMBER_OF");
        hood["truncated"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public async Task MaxNodes_truncates_the_neighbourhood()
    {
        var data = await api.DataAsync(
            "query($id: ID!) { neighborhood(id: $id, maxNodes: 5) { truncated nodes { id } } }",
            new { id = TestGraph.OrgId(TestGraph.SampleAlliance) });

        data["neighborhood"]!["truncated"]!.GetValue<bool>().Should().BeTrue();
        data["neighborhood"]!["nodes"]!.AsArray().Count.Should().BeLessThanOrEqualTo(5);
    }

    [Fact]
    public async Task A_depth_beyond_the_cap_is_bad_user_input()
    {
        var response = await api.PostAsync(
            "query($id: ID!) { neighborhood(id: $id, depth: 9) { truncated } }", new { id = TestGraph.OrgId(TestGraph.Alliance) });

        response.Codes.Should().Equal("BAD_USER_INPUT");
    }

    [Fact]
    public async Task Paths_link_the_two_science_associations_through_the_alliance()
    {
        var data = await api.DataAsync(
            "query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 3) { length nodes { name } edges { type } } }",
            new { from = TestGraph.OrgId(TestGraph.Guangzhou), to = TestGraph.OrgId(TestGraph.Shenzhen) });

        var path = data["paths"]!.AsArray().Should().ContainSingle().Subject!;
        path["length"]!.GetValue<int>().Should().Be(2);
        path["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).Should().Equal(TestGraph.Guangzhou, TestGraph.Alliance, TestGraph.Shenzhen);
    }

    [Fact]
    public async Task Paths_from_an_unknown_entity_are_not_found()
    {
        var response = await api.PostAsync(
            "query($from: ID!, $to: ID!) { paths(from: $from, to: $to) { length } }",
            new { from = Ids.Entity(EntityTypes.Organization, "不存在的机构"), to = TestGraph.OrgId(TestGraph.Shenzhen) });

        response.Codes.Should().Equal("NOT_FOUND");
    }
}
