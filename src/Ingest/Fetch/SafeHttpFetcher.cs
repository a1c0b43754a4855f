using System.Net;
using System.Net.Sockets;
using KnowledgeGraph.Ingest.Parse;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingest.Fetch;

/// <summary>
/// Fetches one URL for ingest: http(s) only, every connection's resolved address checked against
/// <see cref="AddressPolicy"/>, redirects followed by hand (each one re-checked) up to a bound, the body read up to a
/// size bound after decompression, the media type checked. Failures come back as <see cref="FetchOutcome"/> errors,
/// marked transient when a retry could help; retrying is the caller's choice (<see cref="ResilientFetcher"/>).
/// </summary>
public sealed class SafeHttpFetcher : IDisposable
{
    private readonly FetchOptions _options;
    private readonly PrivateNetworkAllowList _allowList;
    private readonly HttpClient _client;

    public SafeHttpFetcher(IOptions<FetchOptions> options)
    {
        _options = options.Value;
        _allowList = new PrivateNetworkAllowList(_options);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = TimeSpan.FromSeconds(Math.Min(10, _options.TimeoutSeconds)),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = ConnectCheckedAsync,
        };
        _client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(_options.TimeoutSeconds) };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(_options.UserAgent);
    }

    public Task<FetchOutcome> FetchAsync(Uri url, CancellationToken ct) => FetchAsync(new FetchRequest(url), ct);

    public async Task<FetchOutcome> FetchAsync(FetchRequest fetch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        var input = fetch.Url.ToString();
        try
        {
            var current = fetch.Url;
            for (var hop = 0; ; hop++)
            {
                if (current.Scheme is not ("http" or "https"))
                {
                    return FetchOutcome.Failure(input, $"only http and https URLs are fetched, not {current.Scheme}");
                }

                using var request = CreateRequest(current, fetch);
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
                var status = (int)response.StatusCode;
                if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
                {
                    if (hop >= _options.MaxRedirects)
                    {
                        return FetchOutcome.Failure(input, $"more than {_options.MaxRedirects} redirects") with { StatusCode = status };
                    }

                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }

                if (response.StatusCode == HttpStatusCode.NotModified)
                {
                    return new FetchOutcome(input, null, null) { NotModified = true, StatusCode = status, FinalUrl = current, Validators = ValidatorsOf(response) ?? fetch.Conditions };
                }

                if (!response.IsSuccessStatusCode)
                {
                    var failure = FetchOutcome.Failure(input, $"HTTP {status} {response.ReasonPhrase}");
                    return failure with { StatusCode = status, Transient = IsTransient(status), RetryAfter = RetryAfterOf(response), FinalUrl = current };
                }

                var mediaType = response.Content.Headers.ContentType?.MediaType;
                if (mediaType is not null && !Accepts(fetch, mediaType))
                {
                    return FetchOutcome.Failure(input, $"unsupported content type {mediaType}") with { StatusCode = status, FinalUrl = current };
                }

                var body = await ReadBoundedAsync(response.Content, ct);
                if (body is null)
                {
                    return FetchOutcome.Failure(input, $"the response is larger than {_options.MaxResponseBytes} bytes") with { StatusCode = status, FinalUrl = current };
                }

                var contentType = response.Content.Headers.ContentType?.ToString();
                var document = new RawDocument(current.ToString(), current.ToString(), body, contentType);
                return FetchOutcome.Success(input, document) with { StatusCode = status, FinalUrl = current, Validators = ValidatorsOf(response) };
            }
        }
        catch (HttpRequestException ex) when (FindForbidden(ex) is { } forbidden)
        {
            return FetchOutcome.Failure(input, forbidden.Message);
        }
        catch (HttpRequestException ex)
        {
            // Refused, reset or dropped connections and DNS hiccups: worth another try later.
            return FetchOutcome.TransientFailure(input, ex.Message);
        }
        catch (IOException ex)
        {
            return FetchOutcome.TransientFailure(input, ex.Message);
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return FetchOutcome.TransientFailure(input, $"timed out after {_options.TimeoutSeconds} s");
        }
    }

    public void Dispose() => _client.Dispose();

    private static HttpRequestMessage CreateRequest(Uri url, FetchRequest fetch)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (fetch.UserAgent is { } agent && !string.IsNullOrWhiteSpace(agent))
        {
            request.Headers.UserAgent.Clear();
            request.Headers.TryAddWithoutValidation("User-Agent", agent);
        }

        if (fetch.Conditions?.ETag is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (fetch.Conditions?.LastModified is { } lastModified)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        return request;
    }

    private bool Accepts(FetchRequest fetch, string mediaType) =>
        _options.AcceptedMediaTypes.Concat(fetch.ExtraMediaTypes ?? []).Any(t => mediaType.StartsWith(t, StringComparison.OrdinalIgnoreCase));

    private static HttpValidators? ValidatorsOf(HttpResponseMessage response)
    {
        var etag = response.Headers.ETag?.ToString();
        var lastModified = response.Content.Headers.LastModified?.ToString("R");
        return etag is null && lastModified is null ? null : new HttpValidators(etag, lastModified);
    }

    private static TimeSpan? RetryAfterOf(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow,
        _ => null,
    };

    private static bool IsTransient(int status) => status is 408 or 429 or >= 500;

    private async Task<byte[]?> ReadBoundedAsync(HttpContent content, CancellationToken ct)
    {
        if (content.Headers.ContentLength > _options.MaxResponseBytes)
        {
            return null;
        }

        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            // Counted after decompression, so a small gzip bomb cannot expand past the bound.
            if (buffer.Length + read > _options.MaxResponseBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private async ValueTask<Stream> ConnectCheckedAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);

        // Every address must pass, and only the checked addresses are dialled: no second DNS answer can slip in.
        if (addresses.Length == 0 || !addresses.All(_allowList.Permits))
        {
            throw new ForbiddenAddressException(host);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static bool IsRedirect(HttpStatusCode code) => (int)code is 301 or 302 or 303 or 307 or 308;

    private static ForbiddenAddressException? FindForbidden(Exception ex)
    {
        for (var e = ex.InnerException; e is not null; e = e.InnerException)
        {
            if (e is ForbiddenAddressException f)
            {
                return f;
            }
        }

        return null;
    }
}
