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

    /// <summary>Media types accepted from a server (prefix match); anything else is refused unread.</summary>
    public string[] AcceptedMediaTypes { get; set; } =
        ["text/html", "text/plain", "application/xhtml+xml", "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"];
}
