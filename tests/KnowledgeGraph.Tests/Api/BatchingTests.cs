namespace KnowledgeGraph.Tests.Api;

/// <summary>Nested lists cost one store call per level, not one per item (no N+1).</summary>
[Collection(ApiCollection.Name)]
public sealed class BatchingTests(ApiServerFixture api)
{
    [Fact]
    public async Task A_hundred_organizations_with_relations_endpoints_and_articles_take_a_bounded_number_of_store_calls()
    {
        const string query = """
            {
              organizations(filter: { nameContains: "样本学会" }, first: 100) {
                nodes {
                  name
                  relations(first: 10) {
                    totalCount
                    nodes { type source { name } target { name } evidence { sentence article { title } } }
                  }
                }
              }
            }
            """;
        api.Store.Reset();

        var data = await api.DataAsync(query);

        var nodes = data["organizations"]!["nodes"]!.AsArray();
        nodes.Should().HaveCount(100);
        nodes.Should().OnlyContain(n => n!["relations"]!["nodes"]![0]!["target"]!["name"]!.GetValue<string>() == TestGraph.SampleAlliance);
        var calls = api.Store.Calls;
        calls.GetValueOrDefault("ListEntitiesAsync").Should().Be(1);
        calls.GetValueOrDefault("GetRelationsAsync").Should().Be(1);
        calls.GetValueOrDefault("GetEntitiesAsync").Should().BeLessThanOrEqualTo(1);
        calls.GetValueOrDefault("GetArticlesAsync").Should().Be(1);
        api.Store.TotalCalls.Should().BeLessThanOrEqualTo(4);
    }

    [Fact]
    public async Task Aliased_entity_lookups_in_one_level_share_one_call()
    {
        api.Store.Reset();

        var data = await api.DataAsync(
            "query($a: ID!, $b: ID!, $c: ID!) { a: entity(id: $a) { name } b: entity(id: $b) { name } c: entity(id: $c) { name } }",
            new { a = TestGraph.OrgId(TestGraph.Guangzhou), b = TestGraph.OrgId(TestGraph.Shenzhen), c = TestGraph.OrgId(TestGraph.Alliance) });

        data["c"]!["name"]!.GetValue<string>().Should().Be(TestGraph.Alliance);
        api.Store.Calls.GetValueOrDefault("GetEntitiesAsync").Should().Be(1);
    }
}
