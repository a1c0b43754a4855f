using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Store.Neo4j.Http;

/// <summary>
/// Runs an operation again after a transient failure (<see cref="Neo4jQueryException.IsTransient"/>), waiting an
/// exponentially growing, fully jittered delay (so clients that failed together do not retry together).
/// A write is retried as a whole transaction, which is safe because batch writes are idempotent.
/// </summary>
internal sealed class RetryPolicy(int maxRetries, TimeSpan baseDelay, TimeSpan maxDelay, ILogger logger, TimeProvider time)
{
    public async Task<T> RunAsync<T>(string what, Func<CancellationToken, Task<T>> operation, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await operation(ct);
            }
            catch (Neo4jQueryException e) when (e.IsTransient && attempt < maxRetries && !ct.IsCancellationRequested)
            {
                var delay = Delay(attempt);
                logger.LogWarning("Neo4j {What} failed transiently ({Code}); retry {Attempt} of {Max} in {Delay} ms",
                    what, e.Code ?? e.Status?.ToString() ?? "network", attempt + 1, maxRetries, (int)delay.TotalMilliseconds);
                await Task.Delay(delay, time, ct);
            }
        }
    }

    /// <summary>Full jitter: uniform in [0, min(max, base · 2^attempt)].</summary>
    public TimeSpan Delay(int attempt)
    {
        var ceiling = Math.Min(maxDelay.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, attempt));
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling);
    }
}
