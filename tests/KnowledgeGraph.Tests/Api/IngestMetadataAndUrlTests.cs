using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Api;

/// <summary>ingestText's caller-supplied metadata, and ingestUrl's address policy for API callers.</summary>
[Collection(ApiCollection.Name)]
public sealed class IngestMetadataAndUrlTests(ApiServerFixture api)
{
    [Fact]
    public async Task The_publication_date_and_publisher_given_by_the_caller_are_stored_with_the_article()
    {
        const string url = "https://example.org/news/dated";
        var response = await api.PostAsync(
            """
            mutation($text: String!, $url: String, $date: DateOnly, $publisher: String) {
              ingestText(text: $text, url: $url, publishedOn: $date, publisher: $publisher) { articles failures }
            }
            """,
            new { text = "韶关市科协举办科技活动周开幕式。", url, date = "2025-05-20", publisher = "韶关市科学技术协会" },
            ApiServerFixture.WriterKey);

        response.Errors.Should().BeEmpty(response.Text);
        var article = (await api.Store.GetArticlesAsync([Ids.Article(url, 0)])).Single();
        article.PublishedOn.Should().Be(new DateOnly(2025, 5, 20));
        article.Publisher.Should().Be("韶关市科学技术协会");
        article.Url.Should().Be(url);
    }

    [Theory]
    [InlineData("http://127.0.0.1/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[::1]:8080/admin")]
    public async Task Ingesting_an_internal_url_is_refused_and_nothing_is_stored(string url)
    {
        var before = (await api.Store.GetStatsAsync()).Articles;

        var response = await api.PostAsync(
            "mutation($url: String!) { ingestUrl(url: $url) { documents failures } }",
            new { url },
            ApiServerFixture.WriterKey);

        response.Errors.Should().BeEmpty(response.Text);
        response.Data!["ingestUrl"]!["documents"]!.GetValue<int>().Should().Be(0);
        response.Data["ingestUrl"]!["failures"]![0]!.GetValue<string>().Should().Contain("refused");
        (await api.Store.GetStatsAsync()).Articles.Should().Be(before);
    }

    [Fact]
    public async Task Ingest_url_takes_only_http_urls()
    {
        var response = await api.PostAsync("mutation { ingestUrl(url: \"file:///etc/passwd\") { documents } }", apiKey: ApiServerFixture.WriterKey);
        response.Codes.Should().Contain("BAD_USER_INPUT");
    }
}
