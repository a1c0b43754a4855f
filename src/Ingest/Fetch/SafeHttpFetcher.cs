using System.Net;
using System.Net.Sockets;
using KnowledgeGraph.Ingest.Parse;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingest.Fetch;

/// <summary>
/// Fetches one URL for ingest: http(s) only, every connection's resolved address checked against
/// <see cref="AddressPolicy"/>, redirects followed by hand (each one re-checked) up to a bound, the body read up to a
/// size bound after decompression, the media type checked. Failures come back as <see cref="FetchOutcome"/> errors.
/// </summary>
public sealed class SafeHttpFetcher : IDisposable
{
    private readonly FetchOptions _options;
    private readonly HttpClient _client;

    public SafeHttpFetcher(IOptions<FetchOptions> options)
    {
        _options = options.Value;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = TimeSpan.FromSeconds(Math.Min(10, _options.TimeoutSeconds)),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = ConnectCheckedAsync,
        };
        _client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(_options.TimeoutSeconds) };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(_options.UserAgent);
    }

    public async Task<FetchOutcome> FetchAsync(Uri url, CancellationToken ct)
    {
        var input = url.ToString();
        try
        {
            var current = url;
            for (var hop = 0; ; hop++)
            {
                if (current.Scheme is not ("http" or "https"))
                {
                    return FetchOutcome.Failure(input, $"only http and https URLs are fetched, not {current.Scheme}");
                }

                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
                if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
                {
                    if (hop >= _options.MaxRedirects)
                    {
                        return FetchOutcome.Failure(input, $"more than {_options.MaxRedirects} redirects");
                    }

                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    return FetchOutcome.Failure(input, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
                }

                var mediaType = response.Content.Headers.ContentType?.MediaType;
                if (mediaType is not null && !_options.AcceptedMediaTypes.Any(t => mediaType.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
                {
                    return FetchOutcome.Failure(input, $"unsupported content type {mediaType}");
                }

                var body = await ReadBoundedAsync(response.Content, ct);
                if (body is null)
                {
                    return FetchOutcome.Failure(input, $"the response is larger than {_options.MaxResponseBytes} bytes");
                }

                var contentType = response.Content.Headers.ContentType?.ToString();
                return FetchOutcome.Success(input, new RawDocument(current.ToString(), current.ToString(), body, contentType));
            }
        }
        catch (HttpRequestException ex) when (FindForbidden(ex) is { } forbidden)
        {
            return FetchOutcome.Failure(input, forbidden.Message);
        }
        catch (HttpRequestException ex)
        {
            return FetchOutcome.Failure(input, ex.Message);
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return FetchOutcome.Failure(input, $"timed out after {_options.TimeoutSeconds} s");
        }
    }

    public void Dispose() => _client.Dispose();

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
        if (!_options.AllowPrivateNetworks && (addresses.Length == 0 || !addresses.All(AddressPolicy.IsPublic)))
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
