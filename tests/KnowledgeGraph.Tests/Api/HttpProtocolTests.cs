using System.Net.Http.Headers;
using System.Text;

namespace KnowledgeGraph.Tests.Api;

/// <summary>GraphQL over HTTP: methods, media types and status codes.</summary>
[Collection(ApiCollection.Name)]
public sealed class HttpProtocolTests(ApiServerFixture api)
{
    [Fact]
    public async Task Post_json_answers_application_json_by_default()
    {
        var response = await api.PostAsync("{ stats { entities } }");

        response.Status.Should().Be(200);
        response.MediaType.Should().Be("application/json");
        response.Data!["stats"]!["entities"]!.GetValue<int>().Should().BeGreaterThan(100);
    }

    [Fact]
    public async Task Post_answers_graphql_response_json_when_accepted()
    {
        var response = await api.PostAsync("{ stats { entities } }", accept: "application/graphql-response+json");

        response.Status.Should().Be(200);
        response.MediaType.Should().Be("application/graphql-response+json");
    }

    [Fact]
    public async Task Get_runs_a_query_with_variables_from_the_query_string()
    {
        var query = Uri.EscapeDataString("query($id: ID!) { entity(id: $id) { name } }");
        var variables = Uri.EscapeDataString($$"""{"id":"{{TestGraph.OrgId(TestGraph.Alliance)}}"}""");

        var response = await api.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={query}&variables={variables}"));

        response.Status.Should().Be(200, response.Text);
        response.Data!["entity"]!["name"]!.GetValue<string>().Should().Be(TestGraph.Alliance);
    }

    [Fact]
    public async Task Get_refuses_a_mutation_with_405_and_writes_nothing()
    {
        var before = await ArticlesAsync();
        var query = Uri.EscapeDataString("mutation { ingestText(text: \"广州市科协召开年会。\") { articles } }");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={query}");
        request.Headers.Add("X-Api-Key", ApiServerFixture.WriterKey);

        var response = await api.SendAsync(request);

        response.Status.Should().Be(405);
        response.Allow.Should().Contain("POST");
        response.Codes.Should().Contain("METHOD_NOT_ALLOWED");
        (await ArticlesAsync()).Should().Be(before);
    }

    [Fact]
    public async Task Unsupported_content_type_is_415()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("query={stats{entities}}", Encoding.UTF8, "application/x-www-form-urlencoded"),
        };

        var response = await api.SendAsync(request);

        response.Status.Should().Be(415);
        response.Codes.Should().Equal("UNSUPPORTED_MEDIA_TYPE");
    }

    [Theory]
    [InlineData("{\"query\": ")]
    [InlineData("[{\"query\": \"{ stats { entities } }\"}]")]
    [InlineData("{\"variables\": {}}")]
    public async Task Unparsable_or_queryless_bodies_are_400_bad_request(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };

        var response = await api.SendAsync(request);

        response.Status.Should().Be(400, response.Text);
        response.Codes.Should().Equal("BAD_REQUEST");
    }

    [Fact]
    public async Task Get_without_query_is_400()
    {
        var response = await api.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql"));

        response.Status.Should().Be(400);
        response.Codes.Should().Equal("BAD_REQUEST");
    }

    [Fact]
    public async Task Validation_errors_are_400_with_graphql_response_json_and_200_with_json()
    {
        const string query = "{ stats { noSuchField } }";

        var modern = await api.PostAsync(query, accept: "application/graphql-response+json");
        var legacy = await api.PostAsync(query, accept: "application/json");

        modern.Status.Should().Be(400);
        modern.Codes.Should().Equal("VALIDATION_ERROR");
        modern.Body!["data"].Should().BeNull();
        legacy.Status.Should().Be(200);
        legacy.Codes.Should().Equal("VALIDATION_ERROR");
    }

    [Fact]
    public async Task Syntax_errors_are_bad_request()
    {
        var response = await api.PostAsync("{ stats { ", accept: "application/graphql-response+json");

        response.Status.Should().Be(400);
        response.Codes.Should().Equal("BAD_REQUEST");
    }

    [Fact]
    public async Task Bodies_over_the_size_limit_are_413()
    {
        var huge = "{ stats { entities } }" + new string(' ', 2 * 1024 * 1024);

        var response = await api.PostAsync(huge);

        response.Status.Should().Be(413);
        response.Codes.Should().Equal("PAYLOAD_TOO_LARGE");
    }

    [Fact]
    public async Task Other_methods_are_405()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };

        var response = await api.SendAsync(request);

        response.Status.Should().Be(405);
    }

    [Fact]
    public async Task Chinese_is_written_as_characters_never_as_unicode_escapes()
    {
        var response = await api.PostAsync(
            "query($id: ID!) { entity(id: $id) { name relations { nodes { evidence { sentence article { title } } } } } }",
            new { id = TestGraph.OrgId(TestGraph.Guangzhou) });

        response.Status.Should().Be(200);
        response.Text.Should().Contain(TestGraph.Guangzhou).And.Contain(TestGraph.AllianceSentence).And.Contain(TestGraph.AllianceTitle);
        response.Text.Should().NotContain("\\u");
    }

    [Fact]
    public async Task The_query_page_is_served_at_the_root()
    {
        using var client = api.CreateClient();

        using var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        html.Should().Contain("<textarea id=\"query\"").And.Contain("linkingOrganizations").And.NotContain("http://cdn").And.NotContain("https://cdn");
    }

    private async Task<int> ArticlesAsync() => (await api.DataAsync("{ stats { articles } }"))["stats"]!["articles"]!.GetValue<int>();
}
