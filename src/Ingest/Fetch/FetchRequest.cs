namespace KnowledgeGraph.Ingest.Fetch;

/// <summary>One fetch and how to make it: conditions from an earlier response, the caller's user agent, extra media types it can read.</summary>
/// <param name="Url">An absolute http(s) URL.</param>
/// <param name="Conditions">Validators of the copy already held; a 304 answer comes back as <see cref="FetchOutcome.NotModified"/>.</param>
/// <param name="UserAgent">Overrides <see cref="FetchOptions.UserAgent"/> (a crawl source may name its own).</param>
/// <param name="ExtraMediaTypes">Accepted besides <see cref="FetchOptions.AcceptedMediaTypes"/> (feeds are XML, robots.txt is text).</param>
public sealed record FetchRequest(Uri Url, HttpValidators? Conditions = null, string? UserAgent = null, IReadOnlyList<string>? ExtraMediaTypes = null);
