using System.Text;
using KnowledgeGraph.GraphApi.Http;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Tests.Api;

/// <summary>
/// A document that passed validation once is not parsed or core-validated again, but everything that depends on the
/// request still is: variable values, the caller's key, GET vs POST, and the complexity that page-size variables imply.
/// Each test uses its own document text (an operation name), so the tests do not depend on each other's order.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DocumentCacheTests(ApiServerFixture api)
{
    private ValidatedDocumentCache Cache => api.Services.GetRequiredService<ValidatedDocumentCache>();

    [Fact]
    public async Task A_valid_document_is_cached_and_answers_the_same_from_the_cache()
    {
        const string query = "query CacheLookup($id: ID!) { entity(id: $id) { name } }";
        var variables = new { id = TestGraph.OrgId(TestGraph.Alliance) };

        var first = await api.PostAsync(query, variables);
        Cache.Get(query).Should().NotBeNull();
        var second = await api.PostAsync(query, variables);

        first.Errors.Should().BeEmpty(first.Text);
        second.Text.Should().Be(first.Text);
        second.Data!["entity"]!["name"]!.GetValue<string>().Should().Be(TestGraph.Alliance);
    }

    [Fact]
    public async Task An_invalid_document_is_not_cached()
    {
        const string query = "query CacheInvalid { stats { noSuchField } }";

        var response = await api.PostAsync(query);

        response.Codes.Should().Equal("VALIDATION_ERROR");
        Cache.Get(query).Should().BeNull();
    }

    [Fact]
    public async Task Variable_values_are_still_checked_when_the_document_is_cached()
    {
        const string query = "query CacheVariables($id: ID!) { entity(id: $id) { name } }";
        const string uncachedTwin = "query CacheVariablesTwin($id: ID!) { entity(id: $id) { name } }";
        (await api.PostAsync(query, new { id = TestGraph.OrgId(TestGraph.Alliance) })).Errors.Should().BeEmpty();
        Cache.Get(query).Should().NotBeNull();

        var fromCache = await api.PostAsync(query, new { }, accept: "application/graphql-response+json");
        var parsedAnew = await api.PostAsync(uncachedTwin, new { }, accept: "application/graphql-response+json");

        parsedAnew.Errors.Should().NotBeEmpty();
        fromCache.Status.Should().Be(parsedAnew.Status);
        fromCache.Codes.Should().Equal(parsedAnew.Codes);
        fromCache.Data.Should().BeNull();
    }

    [Fact]
    public async Task A_cached_mutation_still_needs_a_key_and_still_refuses_get()
    {
        const string query = "mutation CacheIngest($text: String!, $url: String) { ingestText(text: $text, url: $url) { articles } }";
        var stored = await api.PostAsync(query, new { text = "江门市科协召开学术年会。", url = "https://example.org/news/cache-key" }, ApiServerFixture.WriterKey);
        stored.Errors.Should().BeEmpty(stored.Text);
        Cache.Get(query).Should().NotBeNull();
        var before = await ArticlesAsync();

        var withoutKey = await api.PostAsync(query, new { text = "肇庆市科协召开学术年会。", url = "https://example.org/news/cache-no-key" });
        var escaped = Uri.EscapeDataString(query);
        var variables = Uri.EscapeDataString("""{"text":"清远市科协召开学术年会。","url":"https://example.org/news/cache-get"}""");
        using var get = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={escaped}&variables={variables}");
        get.Headers.Add("X-Api-Key", ApiServerFixture.WriterKey);
        var byGet = await api.SendAsync(get);

        withoutKey.Status.Should().Be(401);
        withoutKey.Codes.Should().Equal("UNAUTHENTICATED");
        byGet.Status.Should().Be(405);
        byGet.Codes.Should().Contain("METHOD_NOT_ALLOWED");
        (await ArticlesAsync()).Should().Be(before);
    }

    [Fact]
    public async Task Complexity_is_still_checked_against_the_variables_of_a_cached_document()
    {
        // Small pages pass; the same document with the largest pages is far over the complexity ceiling.
        var query = new StringBuilder("query CacheComplexity($n: Int) {");
        for (var i = 0; i < 20; i++)
        {
            query.Append($" a{i}: organizations(first: $n) {{ nodes {{ relations(first: $n) {{ nodes {{ id }} }} }} }}");
        }

        var text = query.Append('}').ToString();
        var small = await api.PostAsync(text, new { n = 1 });
        small.Errors.Should().BeEmpty(small.Text);
        Cache.Get(text).Should().NotBeNull();

        var large = await api.PostAsync(text, new { n = 100 }, accept: "application/graphql-response+json");

        large.Status.Should().Be(400);
        large.Codes.Should().Contain("COMPLEXITY_EXCEEDED");
    }

    [Fact]
    public async Task Complexity_is_still_checked_when_a_boolean_variable_includes_more_of_a_cached_document()
    {
        var query = new StringBuilder("query CacheInclude($more: Boolean!) { organizations(first: 1) { nodes { id } }");
        for (var i = 0; i < 20; i++)
        {
            query.Append($" a{i}: organizations(first: 100) @include(if: $more) {{ nodes {{ relations(first: 100) {{ nodes {{ id }} }} }} }}");
        }

        var text = query.Append('}').ToString();
        var without = await api.PostAsync(text, new { more = false });
        without.Errors.Should().BeEmpty(without.Text);
        Cache.Lookup(text)!.FixedCost.Should().BeFalse();

        var with = await api.PostAsync(text, new { more = true }, accept: "application/graphql-response+json");

        with.Status.Should().Be(400);
        with.Codes.Should().Contain("COMPLEXITY_EXCEEDED");
    }

    [Theory]
    [InlineData("query($id: ID!, $name: String) { entity(id: $id) { name } }", true)]
    [InlineData("{ stats { articles } }", true)]
    [InlineData("query($n: Int) { organizations(first: $n) { totalCount } }", false)]
    [InlineData("query($ids: [ID!]!, $b: Boolean!) { stats { articles @include(if: $b) } }", false)]
    [InlineData("query A { stats { articles } } query B { stats { entities } }", false)]
    public void Only_single_operations_with_id_and_string_variables_have_a_fixed_cost(string query, bool fixedCost) =>
        ValidatedDocumentCache.HasFixedCost(GraphQLParser.Parser.Parse(query)).Should().Be(fixedCost);

    [Fact]
    public void The_cache_is_bounded_and_skips_huge_documents()
    {
        var cache = new ValidatedDocumentCache();
        var document = new GraphQLParser.AST.GraphQLDocument([]);

        for (var i = 0; i < ValidatedDocumentCache.MaxEntries + 10; i++)
        {
            cache.Add($"{{ q{i} }}", document);
        }

        cache.Add(new string(' ', ValidatedDocumentCache.MaxQueryLength + 1), document);

        cache.Count.Should().BeLessThanOrEqualTo(ValidatedDocumentCache.MaxEntries);
        cache.Get($"{{ q{ValidatedDocumentCache.MaxEntries + 9} }}").Should().BeSameAs(document);
        cache.Get(new string(' ', ValidatedDocumentCache.MaxQueryLength + 1)).Should().BeNull();
    }

    private async Task<int> ArticlesAsync() => (await api.DataAsync("{ stats { articles } }"))["stats"]!["articles"]!.GetValue<int>();
}
