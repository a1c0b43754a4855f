using System.Text;

namespace KnowledgeGraph.Ingest.Crawl.Links;

/// <summary>
/// One spelling per page, so a page is fetched, stored and recognised once: http(s) only, scheme and host lower-case,
/// default port, fragment and tracking parameters dropped, query parameters sorted, empty path made "/".
/// </summary>
public sealed class UrlCanonicalizer
{
    private readonly HashSet<string> _exact = new(StringComparer.OrdinalIgnoreCase);
    private readonly string[] _prefixes;

    public UrlCanonicalizer(IEnumerable<string> trackingParameters)
    {
        var prefixes = new List<string>();
        foreach (var parameter in trackingParameters.Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            if (parameter.EndsWith('*'))
            {
                prefixes.Add(parameter[..^1]);
            }
            else
            {
                _exact.Add(parameter);
            }
        }

        _prefixes = [.. prefixes];
    }

    /// <summary>The canonical form, or null for anything that is not an absolute http(s) URL.</summary>
    public Uri? Canonicalize(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https") || string.IsNullOrEmpty(url.Host))
        {
            return null;
        }

        var text = new StringBuilder(url.Scheme).Append("://").Append(url.Host.TrimEnd('.').ToLowerInvariant());
        if (!url.IsDefaultPort)
        {
            text.Append(':').Append(url.Port);
        }

        var path = url.AbsolutePath;
        text.Append(path.Length == 0 ? "/" : path);

        var parameters = url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p.Split('=', 2)[0]))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (parameters.Count > 0)
        {
            text.Append('?').AppendJoin('&', parameters);
        }

        return Uri.TryCreate(text.ToString(), UriKind.Absolute, out var canonical) ? canonical : null;
    }

    /// <summary>Resolves <paramref name="href"/> against <paramref name="baseUrl"/> and canonicalises it; null when it is no http(s) link.</summary>
    public Uri? Resolve(Uri baseUrl, string? href)
    {
        var trimmed = href?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.StartsWith('#'))
        {
            return null;
        }

        return Uri.TryCreate(baseUrl, trimmed, out var absolute) ? Canonicalize(absolute) : null;
    }

    private bool IsTracking(string name)
    {
        var decoded = Uri.UnescapeDataString(name);
        return _exact.Contains(decoded) || _prefixes.Any(p => decoded.StartsWith(p, StringComparison.OrdinalIgnoreCase));
    }
}
