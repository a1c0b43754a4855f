namespace KnowledgeGraph.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class HealthTests(ApiServerFixture api)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy(string path)
    {
        using var client = api.CreateClient();

        using var response = await client.GetAsync(path);

        ((int)response.StatusCode).Should().Be(200);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }
}
