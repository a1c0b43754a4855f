namespace KnowledgeGraph.Tests.Api;

/// <summary>Cursor pagination with totalCount on store-paged and in-memory-paged lists.</summary>
[Collection(ApiCollection.Name)]
public sealed class PaginationTests(ApiServerFixture api)
{
    private const string SocietiesPage = """
        query($after: String) {
          organizations(filter: { nameContains: "样本学会", kinds: [SOCIETY] }, first: 40, after: $after) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage endCursor }
            edges { cursor node { name ... on Organization { kind } } }
          }
        }
        """;

    [Fact]
    public async Task Walking_the_cursors_visits_every_organization_once_in_name_order()
    {
        var names = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var list = (await api.DataAsync(SocietiesPage, new { after }))["organizations"]!;
            list["totalCount"]!.GetValue<int>().Should().Be(TestGraph.SampleSocieties);
            list["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>().Should().Be(after is not null);
            names.AddRange(list["edges"]!.AsArray().Select(e => e!["node"]!["name"]!.GetValue<string>()));
            list["edges"]!.AsArray().Should().OnlyContain(e => e!["node"]!["kind"]!.GetValue<string>() == "SOCIETY");
            after = list["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? list["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
            pages++;
        }
        while (after is not null && pages < 10);

        pages.Should().Be(3);
        names.Should().HaveCount(TestGraph.SampleSocieties).And.OnlyHaveUniqueItems().And.BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public async Task An_entitys_relations_page_with_cursors_too()
    {
        const string query = """
            query($id: ID!, $after: String) {
              entity(id: $id) { relations(direction: INCOMING, first: 50, after: $after) {
                totalCount pageInfo { hasNextPage endCursor } nodes { id source { name } } } }
            }
            """;
        var id = TestGraph.OrgId(TestGraph.SampleAlliance);

        var first = (await api.DataAsync(query, new { id }))["entity"]!["relations"]!;
        var cursor = first["pageInfo"]!["endCursor"]!.GetValue<string>();
        var second = (await api.DataAsync(query, new { id, after = cursor }))["entity"]!["relations"]!;
        var third = (await api.DataAsync(query, new { id, after = second["pageInfo"]!["endCursor"]!.GetValue<string>() }))["entity"]!["relations"]!;

        first["totalCount"]!.GetValue<int>().Should().Be(TestGraph.SampleSocieties);
        var ids = new[] { first, second, third }.SelectMany(p => p["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>())).ToList();
        ids.Should().HaveCount(TestGraph.SampleSocieties).And.OnlyHaveUniqueItems();
        third["pageInfo"]!["hasNextPage"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public async Task A_cursor_that_is_not_one_is_bad_user_input()
    {
        var response = await api.PostAsync(
            "query($id: ID!) { entity(id: $id) { relations(after: \"bm9wZQ==\") { totalCount } } }",
            new { id = TestGraph.OrgId(TestGraph.SampleAlliance) });

        response.Codes.Should().Equal("BAD_USER_INPUT");
    }

    [Fact]
    public async Task Search_by_alias_over_several_types_merges_pages_exactly()
    {
        const string query = """
            query($after: String) {
              search(name: "样本", types: [ORGANIZATION, PERSON], first: 25, after: $after) {
                totalCount pageInfo { hasNextPage endCursor } nodes { id }
              }
            }
            """;
        var ids = new List<string>();
        string? after = null;
        for (var i = 0; i < 10; i++)
        {
            var page = (await api.DataAsync(query, new { after }))["search"]!;
            page["totalCount"]!.GetValue<int>().Should().Be(TestGraph.SampleSocieties + 1);
            ids.AddRange(page["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                break;
            }

            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        ids.Should().HaveCount(TestGraph.SampleSocieties + 1).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Search_finds_an_entity_by_its_alias()
    {
        var data = await api.DataAsync("""{ search(name: "中国科协") { totalCount nodes { name aliases } } }""");

        data["search"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).Should().Contain(TestGraph.Cast);
    }
}
