using System.Text.RegularExpressions;

namespace KnowledgeGraph.Ingest.Parse;

/// <summary>The compiled form of <c>html.json</c>: which meta tags, containers and lines matter on a CMS page.</summary>
internal sealed class HtmlLayoutRules
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    private readonly Regex _noise;
    private readonly Regex[] _boilerplate;

    public HtmlLayoutRules(HtmlLayoutFile file)
    {
        TitleMeta = file.TitleMeta;
        PublishedMeta = file.PublishedMeta;
        PublisherMeta = file.PublisherMeta;
        SiteNameMeta = file.SiteNameMeta;
        AuthorMeta = file.AuthorMeta;
        ContentSelectors = [.. file.ContentSelectors.Select(SimpleSelector.Parse)];
        MinimumContainerCjk = file.MinimumContainerCjk;
        RemovedTags = new HashSet<string>(file.RemovedTags, StringComparer.OrdinalIgnoreCase);
        BlockTags = new HashSet<string>(file.BlockTags, StringComparer.OrdinalIgnoreCase);
        CellTags = new HashSet<string>(file.CellTags, StringComparer.OrdinalIgnoreCase);
        TitleSeparators = file.TitleSeparators;
        _noise = new Regex(file.NoiseClassOrId, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout);
        _boilerplate = [.. file.BoilerplateLines.Select(p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout))];
    }

    public IReadOnlyList<string> TitleMeta { get; }

    public IReadOnlyList<string> PublishedMeta { get; }

    public IReadOnlyList<string> PublisherMeta { get; }

    public IReadOnlyList<string> SiteNameMeta { get; }

    public IReadOnlyList<string> AuthorMeta { get; }

    public IReadOnlyList<SimpleSelector> ContentSelectors { get; }

    public int MinimumContainerCjk { get; }

    public IReadOnlySet<string> RemovedTags { get; }

    public IReadOnlySet<string> BlockTags { get; }

    public IReadOnlySet<string> CellTags { get; }

    public IReadOnlyList<string> TitleSeparators { get; }

    /// <summary>A class token or id naming page furniture: share bar, breadcrumb, pager, sidebar …</summary>
    public bool IsNoiseName(string classOrId) => classOrId.Length is > 0 and <= 80 && _noise.IsMatch(classOrId);

    /// <summary>A line of navigation text (上一篇, 打印本页, 当前位置…) rather than content.</summary>
    public bool IsBoilerplate(string line) => line.Length <= 120 && _boilerplate.Any(p => p.IsMatch(line));
}
