using KnowledgeGraph.Ingest.Fetch;
using KnowledgeGraph.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Tests.Fetch;

/// <summary>
/// An operator trusts one intranet address (here the test server's 127.0.0.1); a redirect from it to any other
/// non-public address is refused at the hop, after DNS, like the first request would be.
/// </summary>
public sealed class RedirectPolicyTests : IAsyncLifetime
{
    private LocalWebServer _server = null!;

    public async Task InitializeAsync() => _server = await LocalWebServer.StartAsync(app =>
    {
        app.MapGet("/page", () => Results.Text("<p>中国科协</p>", "text/html"));
        app.MapGet("/to-metadata", () => Results.Redirect("http://169.254.169.254/latest/meta-data/"));
        app.MapGet("/to-private", () => Results.Redirect("http://10.1.2.3/admin"));
        app.MapGet("/to-other-loopback", (HttpContext c) => Results.Redirect($"http://127.0.0.2:{c.Connection.LocalPort}/page"));
        app.MapGet("/to-file", () => Results.Redirect("file:///etc/passwd"));
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static SafeHttpFetcher Fetcher() =>
        new(Options.Create(new FetchOptions { AllowPrivateNetworks = false, AllowedPrivateNetworks = ["127.0.0.1/32"], MaxRedirects = 3, TimeoutSeconds = 5 }));

    [Fact]
    public async Task The_allowed_address_is_fetched()
    {
        using var fetcher = Fetcher();
        (await fetcher.FetchAsync(_server.Url("page"), default)).Error.Should().BeNull();
    }

    [Theory]
    [InlineData("to-metadata")]
    [InlineData("to-private")]
    [InlineData("to-other-loopback")]
    public async Task A_redirect_to_a_forbidden_address_is_refused(string path)
    {
        using var fetcher = Fetcher();
        var outcome = await fetcher.FetchAsync(_server.Url(path), default);
        outcome.Document.Should().BeNull();
        outcome.Error.Should().Contain("refused");
    }

    [Fact]
    public async Task A_redirect_to_another_scheme_is_refused()
    {
        using var fetcher = Fetcher();
        (await fetcher.FetchAsync(_server.Url("to-file"), default)).Error.Should().Contain("only http and https");
    }
}
