using System.Text.RegularExpressions;
using KnowledgeGraph.Ingest.Crawl.Links;

namespace KnowledgeGraph.Ingest.Crawl.Sources;

/// <summary>A validated source with its patterns compiled: answers which host may be visited and what a link is.</summary>
public sealed class SourceRules
{
    // Operators write these patterns; a catastrophic one must cost a non-match, not a hung worker.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    private readonly Regex[] _lists;
    private readonly Regex[] _articles;
    private readonly Regex[] _attachments;
    private readonly HashSet<string> _hosts;

    public SourceRules(CrawlSource source, UrlCanonicalizer canonicalizer)
    {
        Source = source;
        Canonicalizer = canonicalizer;
        StartUrls = [.. source.StartUrls.Select(u => Absolute(source, u))];
        Feeds = [.. source.Feeds.Select(u => Absolute(source, u))];
        _lists = Compile(source, source.ListUrlPatterns);
        _articles = Compile(source, source.ArticleUrlPatterns);
        _attachments = Compile(source, source.AttachmentUrlPatterns);
        var hosts = source.AllowedHosts.Length > 0 ? source.AllowedHosts : StartUrls.Concat(Feeds).Select(u => u.Host).ToArray();
        _hosts = new HashSet<string>(hosts.Select(h => h.Trim().TrimEnd('.')), StringComparer.OrdinalIgnoreCase);
    }

    public CrawlSource Source { get; }

    public string Name => Source.Name;

    public UrlCanonicalizer Canonicalizer { get; }

    public IReadOnlyList<Uri> StartUrls { get; }

    public IReadOnlyList<Uri> Feeds { get; }

    public TimeSpan RequestDelay => TimeSpan.FromMilliseconds(Math.Max(0, Source.RequestDelayMilliseconds));

    /// <summary>The hosts links may lead to.</summary>
    public IReadOnlyCollection<string> Hosts => _hosts;

    public bool IsAllowedHost(Uri url) => _hosts.Contains(url.Host);

    public bool IsArticle(Uri url) => Matches(_articles, url);

    public bool IsList(Uri url) => Matches(_lists, url);

    public bool IsAttachment(Uri url) => Matches(_attachments, url);

    public bool HasArticlePatterns => _articles.Length > 0;

    public bool HasListPatterns => _lists.Length > 0;

    private static bool Matches(Regex[] patterns, Uri url)
    {
        var text = url.AbsoluteUri;
        foreach (var pattern in patterns)
        {
            try
            {
                if (pattern.IsMatch(text))
                {
                    return true;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // Treated as no match: the link is ignored, the crawl goes on.
            }
        }

        return false;
    }

    private Uri Absolute(CrawlSource source, string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && Canonicalizer.Canonicalize(uri) is { } canonical
            ? canonical
            : throw new InvalidDataException($"source '{source.Name}': '{url}' is not an absolute http(s) URL");

    private static Regex[] Compile(CrawlSource source, string[] patterns) => [.. patterns.Select(p =>
    {
        try
        {
            return new Regex(p, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"source '{source.Name}': pattern '{p}' is not a valid regular expression: {e.Message}");
        }
    })];
}
