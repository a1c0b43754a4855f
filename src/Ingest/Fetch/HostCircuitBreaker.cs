using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingest.Fetch;

/// <summary>
/// One circuit per host: after <see cref="FetchOptions.CircuitFailureThreshold"/> consecutive failures the host is left
/// alone for <see cref="FetchOptions.CircuitBreakSeconds"/>, so a site that is down is not hammered page after page.
/// After the break one trial fetch goes through; its success closes the circuit, its failure opens it again.
/// </summary>
public sealed class HostCircuitBreaker(IOptions<FetchOptions> options, TimeProvider time)
{
    private readonly FetchOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, Circuit> _circuits = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Until when the host's circuit is open; null when fetches may go through.</summary>
    public DateTimeOffset? OpenUntil(string host)
    {
        if (!_circuits.TryGetValue(host, out var circuit))
        {
            return null;
        }

        lock (circuit)
        {
            return circuit.OpenUntil is { } until && until > time.GetUtcNow() ? until : null;
        }
    }

    public void RecordSuccess(string host)
    {
        var circuit = _circuits.GetOrAdd(host, _ => new Circuit());
        lock (circuit)
        {
            circuit.Failures = 0;
            circuit.OpenUntil = null;
        }
    }

    public void RecordFailure(string host)
    {
        var circuit = _circuits.GetOrAdd(host, _ => new Circuit());
        lock (circuit)
        {
            circuit.Failures++;
            if (circuit.Failures >= Math.Max(1, _options.CircuitFailureThreshold))
            {
                circuit.OpenUntil = time.GetUtcNow().AddSeconds(_options.CircuitBreakSeconds);
            }
        }
    }

    private sealed class Circuit
    {
        public int Failures { get; set; }
        public DateTimeOffset? OpenUntil { get; set; }
    }
}
