using System.IO.Compression;
using System.Text;
using KnowledgeGraph.Ingest.Fetch;
using KnowledgeGraph.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Tests.Fetch;

public sealed class SafeHttpFetcherTests : IAsyncLifetime
{
    private LocalWebServer _server = null!;

    public async Task InitializeAsync() => _server = await LocalWebServer.StartAsync(app =>
    {
        app.MapGet("/article", () => Results.Text("<html><body><p>广东省科协召开会议。</p></body></html>", "text/html; charset=utf-8"));
        app.MapGet("/loop", () => Results.Redirect("/loop"));
        app.MapGet("/hop", () => Results.Redirect("/article"));
        app.MapGet("/big", () => Results.Text(new string('科', 400_000), "text/plain; charset=utf-8"));
        app.MapGet("/image", () => Results.Bytes([0x89, 0x50, 0x4E, 0x47], "image/png"));
        app.MapGet("/missing", () => Results.NotFound());
        app.MapGet("/slow", async (CancellationToken ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5), ct);
            return Results.Text("late");
        });
        app.MapGet("/bomb", (HttpContext ctx) =>
        {
            using var packed = new MemoryStream();
            using (var gzip = new GZipStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                gzip.Write(new byte[4 * 1024 * 1024]);
            }

            ctx.Response.Headers.ContentEncoding = "gzip";
            return Results.Bytes(packed.ToArray(), "text/plain");
        });
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static SafeHttpFetcher Fetcher(bool allowPrivate = true, long maxBytes = 1024 * 1024, int timeout = 20) =>
        new(Options.Create(new FetchOptions { AllowPrivateNetworks = allowPrivate, MaxResponseBytes = maxBytes, TimeoutSeconds = timeout, MaxRedirects = 3 }));

    [Fact]
    public async Task Fetches_a_page_with_its_bytes_and_content_type()
    {
        using var fetcher = Fetcher();
        var outcome = await fetcher.FetchAsync(_server.Url("article"), default);
        outcome.Error.Should().BeNull();
        Encoding.UTF8.GetString(outcome.Document!.Content.Span).Should().Contain("广东省科协");
        outcome.Document.ContentType.Should().StartWith("text/html");
    }

    [Fact]
    public async Task Loopback_is_refused_unless_an_operator_allows_private_networks()
    {
        using var fetcher = Fetcher(allowPrivate: false);
        var outcome = await fetcher.FetchAsync(_server.Url("article"), default);
        outcome.Document.Should().BeNull();
        outcome.Error.Should().Contain("refused").And.Contain("AllowPrivateNetworks");
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[::1]/")]
    [InlineData("http://10.0.0.1/")]
    public async Task Metadata_and_private_addresses_are_refused_before_connecting(string url)
    {
        using var fetcher = Fetcher(allowPrivate: false);
        var outcome = await fetcher.FetchAsync(new Uri(url), default);
        outcome.Error.Should().Contain("refused");
    }

    [Fact]
    public async Task A_redirect_is_followed_and_a_redirect_loop_is_bounded()
    {
        using var fetcher = Fetcher();
        (await fetcher.FetchAsync(_server.Url("hop"), default)).Document!.Origin.Should().EndWith("/article");
        (await fetcher.FetchAsync(_server.Url("loop"), default)).Error.Should().Contain("more than 3 redirects");
    }

    [Fact]
    public async Task An_oversized_body_and_a_decompression_bomb_are_refused()
    {
        using var fetcher = Fetcher(maxBytes: 100_000);
        (await fetcher.FetchAsync(_server.Url("big"), default)).Error.Should().Contain("larger than 100000 bytes");
        (await fetcher.FetchAsync(_server.Url("bomb"), default)).Error.Should().Contain("larger than 100000 bytes");
    }

    [Fact]
    public async Task Binary_media_types_404s_and_timeouts_come_back_as_clear_errors()
    {
        using var fetcher = Fetcher(timeout: 1);
        (await fetcher.FetchAsync(_server.Url("image"), default)).Error.Should().Contain("unsupported content type image/png");
        (await fetcher.FetchAsync(_server.Url("missing"), default)).Error.Should().Contain("HTTP 404");
        (await fetcher.FetchAsync(_server.Url("slow"), default)).Error.Should().Contain("timed out");
    }
}
