using System.Diagnostics;

namespace KnowledgeGraph.Tests.Api;

/// <summary>The request timeout cancels the store call itself and answers TIMEOUT, while other requests are served meanwhile.</summary>
public sealed class TimeoutTests : IAsyncLifetime
{
    private readonly SlowStoreApiFixture _api = new();

    public async Task InitializeAsync()
    {
        await _api.InitializeAsync();

        // The first request builds the schema, which can itself take about the 1 s timeout on a cold runner.
        for (var i = 0; i < 5 && (await _api.PostAsync("{ organizations(first: 1) { totalCount } }")).Errors.Count > 0; i++)
        {
        }
    }

    public Task DisposeAsync()
    {
        _api.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_slow_store_call_is_cancelled_at_the_timeout_and_answered_with_timeout()
    {
        var watch = Stopwatch.StartNew();
        var slow = _api.PostAsync("{ stats { entities } }", accept: "application/graphql-response+json");

        // While the slow query waits in the store, an ordinary one is answered at once.
        var other = await _api.DataAsync("{ organizations(first: 1) { totalCount } }");
        other["organizations"]!["totalCount"]!.GetValue<int>().Should().BePositive();

        var response = await slow;
        watch.Elapsed.Should().BeLessThan(SlowGraphStore.Delay / 3);
        response.Codes.Should().Equal("TIMEOUT");
        response.Status.Should().Be(504);
        _api.Slow!.CancelledCalls.Should().Be(1, "the timeout must reach the store call, not only stop waiting for it");
    }
}
