using System.Text;

namespace KnowledgeGraph.Tests.Api;

/// <summary>Depth, complexity and page-size limits refuse abusive queries with stable codes; the server keeps answering.</summary>
[Collection(ApiCollection.Name)]
public sealed class LimitsTests(ApiServerFixture api)
{
    [Fact]
    public async Task A_depth_bomb_is_refused_with_max_depth_exceeded()
    {
        // entity → relations → nodes → target → relations → … : 5 rounds is far deeper than 12 levels.
        var inner = "id";
        for (var i = 0; i < 5; i++)
        {
            inner = $"relations(first: 1) {{ nodes {{ target {{ {inner} }} }} }}";
        }

        var response = await api.PostAsync($"{{ entity(id: \"x\") {{ {inner} }} }}", accept: "application/graphql-response+json");

        response.Status.Should().Be(400);
        response.Codes.Should().Contain("MAX_DEPTH_EXCEEDED");
        await ANormalQueryStillAnswers();
    }

    [Fact]
    public async Task An_alias_flood_is_refused_with_complexity_exceeded()
    {
        var query = new StringBuilder("{");
        for (var i = 0; i < 600; i++)
        {
            query.Append($" a{i}: organizations(first: 100) {{ nodes {{ id name }} }}");
        }

        var response = await api.PostAsync(query.Append('}').ToString(), accept: "application/graphql-response+json");

        response.Status.Should().Be(400);
        response.Codes.Should().Contain("COMPLEXITY_EXCEEDED");
        await ANormalQueryStillAnswers();
    }

    [Fact]
    public async Task A_fragment_full_of_aliases_spread_under_big_pages_is_refused_with_complexity_exceeded()
    {
        var fragment = new StringBuilder("fragment Ends on Relation {");
        for (var i = 0; i < 50; i++)
        {
            fragment.Append($" s{i}: source {{ name }} t{i}: target {{ name }}");
        }

        var query = "{ organizations(first: 100) { nodes { relations(first: 100) { nodes { ...Ends } } } } }\n" + fragment.Append(" }");

        var response = await api.PostAsync(query, accept: "application/graphql-response+json");

        response.Status.Should().Be(400);
        response.Codes.Should().Contain("COMPLEXITY_EXCEEDED");
        await ANormalQueryStillAnswers();
    }

    [Fact]
    public async Task Fragments_spreading_each_other_exponentially_are_refused_before_they_are_expanded()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();

        var response = await api.PostAsync(ExponentialFragments(), accept: "application/graphql-response+json");

        started.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        response.Status.Should().Be(400);
        response.Codes.Should().Equal("COMPLEXITY_EXCEEDED");
        await ANormalQueryStillAnswers();
    }

    [Fact]
    public async Task A_page_larger_than_the_maximum_is_refused_not_clamped()
    {
        var response = await api.PostAsync("{ organizations(first: 101) { totalCount } }");

        response.Status.Should().Be(200);
        response.Codes.Should().Equal("PAGE_SIZE_EXCEEDED");
        response.Data.Should().BeNull();
        await ANormalQueryStillAnswers();
    }

    [Fact]
    public async Task An_introspection_flood_is_refused_with_complexity_exceeded()
    {
        var query = new StringBuilder("{");
        for (var i = 0; i < 200; i++)
        {
            query.Append($" s{i}: __schema {{ types {{ name fields {{ name args {{ name type {{ name ofType {{ name }} }} }} type {{ name ofType {{ name }} }} }} }} }}");
        }

        var response = await api.PostAsync(query.Append('}').ToString(), accept: "application/graphql-response+json");

        response.Status.Should().Be(400);
        response.Codes.Should().Contain("COMPLEXITY_EXCEEDED");
        await ANormalQueryStillAnswers();
    }

    [Fact]
    public async Task One_introspection_of_the_schema_is_answered_and_documents_every_new_field()
    {
        var data = await api.DataAsync("{ __type(name: \"Query\") { fields { name description } } }");

        var fields = data["__type"]!["fields"]!.AsArray();
        fields.Select(f => f!["name"]!.GetValue<string>()).Should().Contain(
            ["coParticipants", "commonPartners", "brokers", "timeline", "positions", "changes", "topEntities", "countsByKind", "countsByProvince", "articlesByMonth"]);
        fields.Should().OnlyContain(f => !string.IsNullOrWhiteSpace(f!["description"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("{ brokers(first: 1000) { scopeNodes } }")]
    [InlineData("{ topEntities(first: 101) { totalCount } }")]
    [InlineData("{ changes(since: \"2000-01-01T00:00:00Z\", first: 5000) { totalCount } }")]
    public async Task Giant_pages_of_the_network_lists_are_refused(string query)
    {
        var response = await api.PostAsync(query);

        response.Codes.Should().Equal("PAGE_SIZE_EXCEEDED");
        await ANormalQueryStillAnswers();
    }

    [Fact]
    public async Task Deep_nesting_through_the_network_fields_is_refused()
    {
        var inner = "name";
        for (var i = 0; i < 4; i++)
        {
            inner = $"relations(first: 1) {{ nodes {{ target {{ {inner} }} }} }}";
        }

        var response = await api.PostAsync($"{{ topEntities(first: 1) {{ nodes {{ entity {{ {inner} }} }} }} }}", accept: "application/graphql-response+json");

        response.Status.Should().Be(400);
        response.Codes.Should().Contain("MAX_DEPTH_EXCEEDED");
        await ANormalQueryStillAnswers();
    }

    private static string ExponentialFragments()
    {
        // F0 spreads F1 ten times, F1 spreads F2 ten times …: 10^7 selections if a visitor expands spreads naively.
        var query = new StringBuilder("query { ...F0 }\n");
        const int levels = 8;
        for (var level = 0; level < levels; level++)
        {
            query.Append($"fragment F{level} on Query {{ ");
            for (var i = 0; i < 10; i++)
            {
                query.Append(level == levels - 1 ? $"s{i}: stats {{ entities }} " : $"...F{level + 1} ");
            }

            query.Append("}\n");
        }

        return query.ToString();
    }

    private async Task ANormalQueryStillAnswers()
    {
        var data = await api.DataAsync("{ stats { entities } }");
        data["stats"]!["entities"]!.GetValue<int>().Should().BeGreaterThan(0);
    }
}
