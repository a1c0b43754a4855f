using System.Collections.Concurrent;
using KnowledgeGraph.Ingest.Fetch;
using KnowledgeGraph.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Tests.Fetch;

public sealed class ResilientFetcherTests : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, int> _hits = new();
    private LocalWebServer _server = null!;

    public async Task InitializeAsync() => _server = await LocalWebServer.StartAsync(app =>
    {
        app.MapGet("/flaky", () => Count("flaky") <= 2 ? Results.StatusCode(503) : Results.Text("<p>广东省科协</p>", "text/html"));
        app.MapGet("/down", () =>
        {
            Count("down");
            return Results.StatusCode(500);
        });
        app.MapGet("/gone", () =>
        {
            Count("gone");
            return Results.NotFound();
        });
        app.MapGet("/tagged", (HttpContext context) =>
        {
            Count("tagged");
            if (context.Request.Headers.IfNoneMatch == "\"v7\"" || context.Request.Headers.IfModifiedSince == "Thu, 16 May 2024 01:30:00 GMT")
            {
                return Results.StatusCode(304);
            }

            context.Response.Headers.ETag = "\"v7\"";
            context.Response.Headers.LastModified = "Thu, 16 May 2024 01:30:00 GMT";
            return Results.Text("<p>中国科协</p>", "text/html");
        });
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private int Count(string key) => _hits.AddOrUpdate(key, 1, (_, n) => n + 1);

    private static (ResilientFetcher Fetcher, SafeHttpFetcher Inner) Create(int attempts = 3, int threshold = 5)
    {
        var options = Options.Create(new FetchOptions
        {
            AllowPrivateNetworks = true,
            MaxAttempts = attempts,
            RetryBaseDelayMilliseconds = 10,
            RetryMaxDelayMilliseconds = 40,
            CircuitFailureThreshold = threshold,
            CircuitBreakSeconds = 60,
        });
        var inner = new SafeHttpFetcher(options);
        return (new ResilientFetcher(inner, new HostCircuitBreaker(options, TimeProvider.System), options, TimeProvider.System, NullLogger<ResilientFetcher>.Instance), inner);
    }

    [Fact]
    public async Task Transient_errors_are_retried_until_the_page_comes()
    {
        var (fetcher, inner) = Create();
        using var _ = inner;
        var outcome = await fetcher.FetchAsync(new FetchRequest(_server.Url("flaky")), default);
        outcome.Error.Should().BeNull();
        _hits["flaky"].Should().Be(3);
    }

    [Fact]
    public async Task A_404_is_not_retried()
    {
        var (fetcher, inner) = Create();
        using var _ = inner;
        var outcome = await fetcher.FetchAsync(new FetchRequest(_server.Url("gone")), default);
        outcome.Should().Match<FetchOutcome>(o => o.StatusCode == 404 && !o.Transient);
        _hits["gone"].Should().Be(1);
    }

    [Fact]
    public async Task After_repeated_failures_the_hosts_circuit_opens_and_the_host_is_left_alone()
    {
        var (fetcher, inner) = Create(attempts: 2, threshold: 3);
        using var _ = inner;
        (await fetcher.FetchAsync(new FetchRequest(_server.Url("down")), default)).StatusCode.Should().Be(500);
        (await fetcher.FetchAsync(new FetchRequest(_server.Url("down")), default)).StatusCode.Should().Be(500);
        var refused = await fetcher.FetchAsync(new FetchRequest(_server.Url("flaky")), default);

        _hits["down"].Should().Be(3, "the third failure opens the circuit, so the second fetch's retry never goes out");
        _hits.Should().NotContainKey("flaky", "another page of the same host is not contacted either");
        refused.Error.Should().Contain("circuit open");
        refused.Transient.Should().BeTrue("the page is tried again on a later run");
    }

    [Fact]
    public async Task A_conditional_get_of_an_unchanged_page_answers_not_modified_without_a_body()
    {
        var (fetcher, inner) = Create();
        using var _ = inner;
        var first = await fetcher.FetchAsync(new FetchRequest(_server.Url("tagged")), default);
        first.Validators.Should().Be(new HttpValidators("\"v7\"", "Thu, 16 May 2024 01:30:00 GMT"));

        var second = await fetcher.FetchAsync(new FetchRequest(_server.Url("tagged"), first.Validators), default);
        second.NotModified.Should().BeTrue();
        second.Document.Should().BeNull();
        second.Error.Should().BeNull();
    }
}
