using System.Text;
using KnowledgeGraph.GraphApi.Http;
using KnowledgeGraph.Model.Ontology;
using KnowledgeGraph.Tests.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Tests.Api;

/// <summary>
/// A query asked again before the store changed is answered from memory, and only then: after any commit — through the
/// API, by the store directly, or (SqliteDataVersionTests) by another process — the next ask reads the store again.
/// A server of its own, because these tests write to the graph.
/// </summary>
public sealed class ResponseCacheTests(ResponseCacheTests.Fixture api) : IClassFixture<ResponseCacheTests.Fixture>
{
    private const string Search = "query CachedSearch($name: String!) { search(name: $name, first: 5) { totalCount edges { node { name } } } }";

    [Fact]
    public async Task The_same_query_asked_twice_is_answered_the_second_time_without_the_store()
    {
        var variables = new { name = TestGraph.Alliance };
        var first = await api.PostAsync(Search, variables);
        api.ResetCounts();

        var second = await api.PostAsync(Search, variables);

        first.CacheStatus.Should().Be("KnowledgeGraph; fwd=miss; stored");
        second.CacheStatus.Should().Be("KnowledgeGraph; hit");
        second.Text.Should().Be(first.Text);
        second.Status.Should().Be(200);
        api.TotalStoreCalls.Should().Be(0);
        first.Data!["search"]!["totalCount"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public async Task Other_variables_are_another_answer()
    {
        var alliance = await api.PostAsync(Search, new { name = TestGraph.Alliance });
        var shenzhen = await api.PostAsync(Search, new { name = TestGraph.Shenzhen });

        shenzhen.CacheStatus.Should().NotBe("KnowledgeGraph; hit");
        shenzhen.Data!["search"]!["edges"]![0]!["node"]!["name"]!.GetValue<string>().Should().Be(TestGraph.Shenzhen);
        alliance.Data!["search"]!["edges"]![0]!["node"]!["name"]!.GetValue<string>().Should().Be(TestGraph.Alliance);
    }

    [Fact]
    public async Task After_a_write_to_the_store_the_query_reads_the_store_again_and_sees_it()
    {
        var variables = new { name = "缓存测试学会" };
        (await api.PostAsync(Search, variables)).Data!["search"]!["totalCount"]!.GetValue<int>().Should().Be(0);
        (await api.PostAsync(Search, variables)).CacheStatus.Should().Be("KnowledgeGraph; hit");

        await api.Store.WriteAsync(new GraphBuilder().Article("缓存", "缓存测试学会成立。")
            .Mention(GraphBuilder.Organization("缓存测试学会", OrganizationKinds.Society)).Build());
        var after = await api.PostAsync(Search, variables);

        after.CacheStatus.Should().Be("KnowledgeGraph; fwd=miss; stored");
        after.Data!["search"]!["totalCount"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public async Task An_ingest_through_the_API_is_seen_by_the_next_poll()
    {
        const string stats = "query CachedStats { stats { articles } }";
        var before = (await api.DataAsync(stats))["stats"]!["articles"]!.GetValue<int>();
        (await api.PostAsync(stats)).CacheStatus.Should().Be("KnowledgeGraph; hit");

        var ingest = await api.PostAsync(
            "mutation($text: String!) { ingestText(text: $text) { articles } }",
            new { text = "缓存测试：深圳市科协召开年度工作会议。" },
            apiKey: ApiServerFixture.WriterKey);
        var after = await api.PostAsync(stats);

        ingest.CacheStatus.Should().BeNull("a mutation's answer is never kept");
        ingest.Data!["ingestText"]!["articles"]!.GetValue<int>().Should().Be(1);
        after.CacheStatus.Should().NotBe("KnowledgeGraph; hit");
        after.Data!["stats"]!["articles"]!.GetValue<int>().Should().Be(before + 1);
    }

    [Fact]
    public async Task Answers_with_errors_are_not_kept()
    {
        const string query = "query CachedError { search(name: \"联盟\", first: 100000) { totalCount } }";

        var first = await api.PostAsync(query);
        var second = await api.PostAsync(query);

        first.Errors.Should().NotBeEmpty();
        first.CacheStatus.Should().BeNull();
        second.CacheStatus.Should().BeNull();
        second.Codes.Should().Equal(first.Codes);
    }

    [Fact]
    public async Task A_kept_answer_is_sent_as_the_media_type_the_client_accepts()
    {
        const string query = "query CachedMediaType { stats { entities } }";
        var legacy = await api.PostAsync(query, accept: "application/json");

        var modern = await api.PostAsync(query, accept: "application/graphql-response+json");

        modern.CacheStatus.Should().Be("KnowledgeGraph; hit");
        legacy.MediaType.Should().Be("application/json");
        modern.MediaType.Should().Be("application/graphql-response+json");
        modern.Text.Should().Be(legacy.Text);
    }

    [Fact]
    public async Task GET_is_cached_by_its_query_string()
    {
        var uri = "/graphql?query=" + Uri.EscapeDataString("query CachedGet { stats { entities } }");
        using var client = api.CreateClient();

        using var first = await client.GetAsync(uri);
        using var second = await client.GetAsync(uri);

        first.Headers.GetValues("Cache-Status").Should().Equal("KnowledgeGraph; fwd=miss; stored");
        second.Headers.GetValues("Cache-Status").Should().Equal("KnowledgeGraph; hit");
        (await second.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_cached_query_is_still_refused_to_a_wrong_key_and_a_malformed_body_still_gets_400()
    {
        const string query = "query CachedRefusal { stats { relations } }";
        await api.PostAsync(query);
        (await api.PostAsync(query)).CacheStatus.Should().Be("KnowledgeGraph; hit");

        var wrongKey = await api.PostAsync(query, apiKey: "not-the-key-0123456789abcdef");
        using var malformed = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\": ", Encoding.UTF8, "application/json") };
        var broken = await api.SendAsync(malformed);

        wrongKey.Status.Should().Be(401);
        wrongKey.CacheStatus.Should().BeNull();
        broken.Status.Should().Be(400);
        broken.CacheStatus.Should().BeNull();
    }

    [Fact]
    public async Task Switched_off_it_answers_every_request_from_the_store()
    {
        using var off = new Fixture { Enabled = false };
        await ((IAsyncLifetime)off).InitializeAsync();
        var variables = new { name = TestGraph.Alliance };
        await off.PostAsync(Search, variables);
        off.ResetCounts();

        var second = await off.PostAsync(Search, variables);

        second.CacheStatus.Should().BeNull();
        off.TotalStoreCalls.Should().BeGreaterThan(0);
        off.Services.GetRequiredService<GraphQLResponseCache>().Count.Should().Be(0);
    }

    public sealed class Fixture : ApiServerFixture
    {
        public bool Enabled { get; init; } = true;

        protected override void Configure(IWebHostBuilder builder) =>
            builder.UseSetting("Api:ResponseCache:Enabled", Enabled ? "true" : "false");
    }
}
