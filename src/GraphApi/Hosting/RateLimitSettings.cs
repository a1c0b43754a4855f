using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.GraphApi.Hosting;

/// <summary>
/// The <c>Api:RateLimit</c> section: a fixed window of requests per client, where a client is its API key's name, or its
/// remote IP address when it sends no key. One greedy dashboard then slows only itself.
/// </summary>
public sealed class RateLimitSettings
{
    public bool Enabled { get; set; } = true;

    /// <summary>Requests one client may make per window.</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerWindow { get; set; } = 600;

    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 60;

    /// <summary>Requests over the limit that wait for the next window instead of being refused at once.</summary>
    [Range(0, 10_000)]
    public int QueueLimit { get; set; }
}
