namespace KnowledgeGraph.Tests.Api;

/// <summary>"Which alliances link 广州市科协 and 深圳市科协?"</summary>
[Collection(ApiCollection.Name)]
public sealed class LinkingOrganizationsTests(ApiServerFixture api)
{
    private const string ByNames = """
        query($names: [String!]) {
          linkingOrganizations(memberNames: $names) {
            organization { name kind }
            linkedCount
            links { type source { name } evidence { sentence article { title } } }
          }
        }
        """;

    [Fact]
    public async Task The_alliance_linking_the_two_associations_is_found_by_their_names_with_evidence()
    {
        var data = await api.DataAsync(ByNames, new { names = new[] { TestGraph.Guangzhou, TestGraph.Shenzhen } });

        var linking = data["linkingOrganizations"]!.AsArray().Should().ContainSingle().Subject!;
        linking["organization"]!["name"]!.GetValue<string>().Should().Be(TestGraph.Alliance);
        linking["organization"]!["kind"]!.GetValue<string>().Should().Be("ALLIANCE");
        linking["linkedCount"]!.GetValue<int>().Should().Be(2);
        linking["links"]!.AsArray().Select(l => l!["source"]!["name"]!.GetValue<string>()).Should().BeEquivalentTo([TestGraph.Guangzhou, TestGraph.Shenzhen]);
        linking["links"]![0]!["evidence"]![0]!["sentence"]!.GetValue<string>().Should().Be(TestGraph.AllianceSentence);
    }

    [Fact]
    public async Task Members_can_be_given_by_id()
    {
        var data = await api.DataAsync(
            "query($ids: [ID!]) { linkingOrganizations(members: $ids) { organization { name } } }",
            new { ids = new[] { TestGraph.OrgId(TestGraph.Guangzhou), TestGraph.OrgId(TestGraph.Shenzhen) } });

        data["linkingOrganizations"]![0]!["organization"]!["name"]!.GetValue<string>().Should().Be(TestGraph.Alliance);
    }

    [Fact]
    public async Task Asking_for_another_kind_finds_no_alliance()
    {
        var data = await api.DataAsync(
            "query($names: [String!]) { linkingOrganizations(memberNames: $names, kind: UNIVERSITY) { organization { name } } }",
            new { names = new[] { TestGraph.Guangzhou, TestGraph.Shenzhen } });

        data["linkingOrganizations"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task An_unknown_name_is_not_found_rather_than_a_partial_answer()
    {
        var response = await api.PostAsync(ByNames, new { names = new[] { TestGraph.Guangzhou, "火星市科协" } });

        response.Codes.Should().Equal("NOT_FOUND");
        response.Errors[0]["message"]!.GetValue<string>().Should().Contain("火星市科协");
    }
}
