using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Tests.Api;

/// <summary>ingestText: behind the API key, through the ingest pipeline into the store.</summary>
[Collection(ApiCollection.Name)]
public sealed class MutationTests(ApiServerFixture api)
{
    private const string Ingest = """
        mutation($text: String!, $title: String, $url: String) {
          ingestText(text: $text, title: $title, url: $url) { documents articles entities relations failures }
        }
        """;

    [Fact]
    public async Task Without_a_key_the_mutation_is_unauthenticated_and_nothing_is_stored()
    {
        var before = await ArticlesAsync();

        var response = await api.PostAsync(Ingest, new { text = "无密钥提交的新闻：某市科协召开会议。", url = "https://example.org/news/no-key" });

        response.Status.Should().Be(401);
        response.Codes.Should().Equal("UNAUTHENTICATED");
        response.Data.Should().BeNull();
        (await ArticlesAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_wrong_key_is_refused_even_for_reads()
    {
        var response = await api.PostAsync("{ stats { articles } }", apiKey: "not-the-key-0123456789abcdef");

        response.Status.Should().Be(401);
        response.Codes.Should().Equal("UNAUTHENTICATED");
    }

    [Fact]
    public async Task With_a_key_the_text_is_stored()
    {
        var before = await ArticlesAsync();

        var response = await api.PostAsync(
            Ingest,
            new { text = "佛山市科协与东莞市科协签署合作协议。", title = "佛山东莞科协合作", url = "https://example.org/news/with-key" },
            ApiServerFixture.WriterKey);

        response.Errors.Should().BeEmpty(response.Text);
        response.Data!["ingestText"]!["articles"]!.GetValue<int>().Should().Be(1);
        (await ArticlesAsync()).Should().Be(before + 1);
    }

    [Fact]
    public async Task A_bearer_token_works_like_the_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(
                JsonSerializer.Serialize(new { query = Ingest, variables = new { text = "珠海市科协举办科普活动。", url = "https://example.org/news/bearer" } }),
                Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiServerFixture.WriterKey);

        var response = await api.SendAsync(request);

        response.Errors.Should().BeEmpty(response.Text);
        response.Data!["ingestText"]!["documents"]!.GetValue<int>().Should().Be(1);
    }

    private async Task<int> ArticlesAsync() => (await api.DataAsync("{ stats { articles } }"))["stats"]!["articles"]!.GetValue<int>();
}
