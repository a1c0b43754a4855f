using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingest.Fetch;

/// <summary>
/// <see cref="SafeHttpFetcher"/> with retries and a circuit per host: transient failures (5xx, 408, 429, timeouts,
/// resets) are retried with exponential backoff and full jitter, honouring Retry-After within a cap; permanent ones
/// (404, refused address, wrong media type, oversize) are not. A host whose circuit is open is not contacted.
/// </summary>
public sealed class ResilientFetcher(SafeHttpFetcher fetcher, HostCircuitBreaker circuits, IOptions<FetchOptions> options, TimeProvider time, ILogger<ResilientFetcher> logger)
{
    private readonly FetchOptions _options = options.Value;

    public async Task<FetchOutcome> FetchAsync(FetchRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var host = request.Url.Host;
        if (circuits.OpenUntil(host) is { } until)
        {
            return FetchOutcome.TransientFailure(request.Url.ToString(), $"circuit open for {host} until {until:u} after repeated failures");
        }

        for (var attempt = 1; ; attempt++)
        {
            var outcome = await fetcher.FetchAsync(request, ct);
            if (!outcome.Transient)
            {
                // A 404 or a refused media type says nothing about the host's health; only transient failures count against it.
                circuits.RecordSuccess(host);
                return outcome;
            }

            circuits.RecordFailure(host);
            if (attempt >= Math.Max(1, _options.MaxAttempts) || circuits.OpenUntil(host) is not null)
            {
                return outcome;
            }

            var delay = Backoff(attempt, outcome.RetryAfter);
            logger.LogDebug("Retrying {Url} in {Delay} ms (attempt {Attempt}): {Error}", request.Url, (int)delay.TotalMilliseconds, attempt + 1, outcome.Error);
            await Task.Delay(delay, time, ct);
        }
    }

    private TimeSpan Backoff(int attempt, TimeSpan? retryAfter)
    {
        var cap = TimeSpan.FromMilliseconds(Math.Max(0, _options.RetryMaxDelayMilliseconds));
        var exponential = Math.Min(cap.TotalMilliseconds, Math.Max(0, _options.RetryBaseDelayMilliseconds) * Math.Pow(2, attempt - 1));

        // Jittered between half and all of the exponential step, so clients that failed together do not retry together.
        var jittered = TimeSpan.FromMilliseconds(exponential * (0.5 + (Random.Shared.NextDouble() / 2)));
        return retryAfter is { } asked && asked > jittered ? (asked < cap ? asked : cap) : jittered;
    }
}
