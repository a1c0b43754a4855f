using System.Collections.Concurrent;

namespace KnowledgeGraph.Ingest.Crawl.Politeness;

/// <summary>
/// Per-host politeness: at most N requests in flight to a host and a minimum gap between request starts. Shared by
/// every source and run in the process, so two sources on one site do not add up to twice the load.
/// </summary>
public sealed class HostThrottle(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Slot> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for the host's turn; dispose the lease when the response has been read.</summary>
    public async Task<IDisposable> AcquireAsync(string host, int concurrency, TimeSpan gap, CancellationToken ct)
    {
        var slot = _hosts.GetOrAdd(host, _ => new Slot(Math.Max(1, concurrency)));
        await slot.Gate.WaitAsync(ct);
        try
        {
            TimeSpan wait;
            lock (slot)
            {
                var now = time.GetUtcNow();
                var start = slot.NextStart > now ? slot.NextStart : now;
                slot.NextStart = start + gap;
                wait = start - now;
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, ct);
            }

            return new Lease(slot.Gate);
        }
        catch
        {
            slot.Gate.Release();
            throw;
        }
    }

    private sealed class Slot(int concurrency)
    {
        public SemaphoreSlim Gate { get; } = new(concurrency, concurrency);
        public DateTimeOffset NextStart { get; set; } = DateTimeOffset.MinValue;
    }

    private sealed class Lease(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
