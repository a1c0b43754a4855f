namespace KnowledgeGraph.Ingest.Fetch;

/// <summary>Limits and policy for fetching URLs (section <c>Ingest:Fetch</c>).</summary>
public sealed class FetchOptions
{
    public int TimeoutSeconds { get; set; } = 20;
    public long MaxResponseBytes { get; set; } = 16L * 1024 * 1024;
    public int MaxRedirects { get; set; } = 5;
    public string UserAgent { get; set; } = "KnowledgeGraph-Ingest/1.0 (+https://github.com/knowledgegraph)";

    /// <summary>
    /// Off by default: URLs that resolve to loopback, private, link-local or cloud-metadata addresses are refused.
    /// An operator turns it on only for a trusted intranet source (and tests turn it on for their local server).
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>
    /// Narrower than <see cref="AllowPrivateNetworks"/>: the non-public networks (CIDR, e.g. "10.20.0.0/16") an operator
    /// trusts for an intranet source; every other non-public address stays refused, redirects included.
    /// </summary>
    public string[] AllowedPrivateNetworks { get; set; } = [];

    /// <summary>Attempts per URL for transient failures (5xx, 408, 429, timeouts, resets), the first included.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The first retry waits about this long; each further one twice as long, with jitter.</summary>
    public int RetryBaseDelayMilliseconds { get; set; } = 1000;

    /// <summary>No retry waits longer than this, whatever Retry-After says.</summary>
    public int RetryMaxDelayMilliseconds { get; set; } = 30_000;

    /// <summary>Consecutive failed fetches from one host that open its circuit.</summary>
    public int CircuitFailureThreshold { get; set; } = 5;

    /// <summary>How long an open circuit refuses fetches to its host before one trial fetch is let through.</summary>
    public int CircuitBreakSeconds { get; set; } = 120;

    /// <summary>Media types accepted from a server (prefix match); anything else is refused unread.</summary>
    public string[] AcceptedMediaTypes { get; set; } =
        ["text/html", "text/plain", "application/xhtml+xml", "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"];
}
