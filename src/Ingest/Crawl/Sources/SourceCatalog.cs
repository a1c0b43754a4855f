using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Ingest.Crawl.Links;

namespace KnowledgeGraph.Ingest.Crawl.Sources;

/// <summary>The sources of the sources file, validated once at load so a typo stops start-up with its reason, not a run later.</summary>
public sealed partial class SourceCatalog
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly Dictionary<string, SourceRules> _byName;

    public SourceCatalog(SourcesFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        Canonicalizer = new UrlCanonicalizer(file.TrackingParameters);
        _byName = new Dictionary<string, SourceRules>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in file.Sources)
        {
            Validate(source);
            if (!_byName.TryAdd(source.Name, new SourceRules(source, Canonicalizer)))
            {
                throw new InvalidDataException($"source name '{source.Name}' is used twice");
            }
        }
    }

    public UrlCanonicalizer Canonicalizer { get; }

    public IReadOnlyCollection<SourceRules> All => _byName.Values;

    public IEnumerable<SourceRules> Enabled => _byName.Values.Where(s => s.Source.Enabled);

    public static SourceCatalog Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The crawl sources file is missing (Crawl:SourcesPath): {path}", path);
        }

        using var stream = File.OpenRead(path);
        try
        {
            return new SourceCatalog(JsonSerializer.Deserialize<SourcesFile>(stream, JsonOptions) ?? new SourcesFile());
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    public SourceRules? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>
    /// The rules for a one-off URL: those of the configured source that covers its host, started from that URL (under
    /// its own state key, so the source's scheduled run is not disturbed); else an ad-hoc source that fetches just that
    /// page and its attachments.
    /// </summary>
    public SourceRules ForUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (_byName.Values.FirstOrDefault(s => s.IsAllowedHost(url)) is { } owner)
        {
            var configured = owner.Source;
            return new SourceRules(new CrawlSource
            {
                Name = configured.Name + ":url",
                StartUrls = [url.AbsoluteUri],
                AllowedHosts = [.. owner.Hosts],
                ListUrlPatterns = configured.ListUrlPatterns,
                ArticleUrlPatterns = configured.ArticleUrlPatterns,
                ListLinkSelector = configured.ListLinkSelector,
                ArticleLinkSelector = configured.ArticleLinkSelector,
                AttachmentUrlPatterns = configured.AttachmentUrlPatterns,
                MaxAttachmentsPerArticle = configured.MaxAttachmentsPerArticle,
                RequestDelayMilliseconds = configured.RequestDelayMilliseconds,
                MaxConcurrencyPerHost = configured.MaxConcurrencyPerHost,
                MaxPagesPerRun = configured.MaxPagesPerRun,
                RevisitArticlesAfterHours = 0,
                UserAgent = configured.UserAgent,
            }, Canonicalizer);
        }

        return new SourceRules(new CrawlSource
        {
            Name = "url:" + url.Host,
            StartUrls = [url.AbsoluteUri],
            MaxPagesPerRun = 1,
            RequestDelayMilliseconds = 0,
            RevisitArticlesAfterHours = 0,
        }, Canonicalizer);
    }

    private static void Validate(CrawlSource source)
    {
        if (string.IsNullOrWhiteSpace(source.Name) || !NamePattern().IsMatch(source.Name))
        {
            throw new InvalidDataException($"source name '{source.Name}' must be letters, digits, '.', '_' or '-'");
        }

        var problem = source switch
        {
            { StartUrls.Length: 0, Feeds.Length: 0 } => "has neither startUrls nor feeds",
            { ArticleUrlPatterns.Length: 0, ArticleLinkSelector: null, Feeds.Length: 0 } => "says nothing about which links are articles (articleUrlPatterns, articleLinkSelector or feeds)",
            { IntervalMinutes: <= 0 } => "intervalMinutes must be positive",
            { MaxPagesPerRun: <= 0 } => "maxPagesPerRun must be positive",
            { MaxConcurrencyPerHost: <= 0 or > 16 } => "maxConcurrencyPerHost must be between 1 and 16",
            { RequestDelayMilliseconds: < 0 } => "requestDelayMilliseconds must not be negative",
            { MaxAttachmentsPerArticle: < 0 } => "maxAttachmentsPerArticle must not be negative",
            _ => null,
        };
        if (problem is not null)
        {
            throw new InvalidDataException($"source '{source.Name}' {problem}");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex NamePattern();
}
