using AngleSharp.Dom;

namespace KnowledgeGraph.Ingest.Parse;

/// <summary>
/// Metadata a page states outside its text: CMS meta tags (ArticleTitle, PubDate, ContentSource), Open Graph tags,
/// the &lt;title&gt; without its site suffix, and the "发布时间：… 来源：…" line above the article.
/// </summary>
internal sealed class HtmlMetadataReader(HtmlLayoutRules html, TextLayoutRules text)
{
    /// <summary>What the meta tags say.</summary>
    public ArticleMetadata FromMetaTags(IDocument page)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in DomWalk.Descendants(page.DocumentElement))
        {
            if (element.LocalName != "meta")
            {
                continue;
            }

            var key = element.GetAttribute("name") ?? element.GetAttribute("property") ?? element.GetAttribute("itemprop");
            var content = element.GetAttribute("content")?.Trim();
            if (key is not null && !string.IsNullOrEmpty(content))
            {
                meta.TryAdd(key.Trim(), TextNormalizer.Normalize(content));
            }
        }

        string? First(IEnumerable<string> names) => names.Select(n => meta.GetValueOrDefault(n)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

        return new ArticleMetadata(
            First(html.TitleMeta),
            html.PublishedMeta.Select(n => meta.GetValueOrDefault(n)).Select(v => v is null ? null : ChineseDate.Find(v)).FirstOrDefault(d => d is not null),
            First(html.PublisherMeta),
            First(html.AuthorMeta));
    }

    /// <summary>The site name, the publisher of last resort.</summary>
    public string? SiteName(IDocument page) => FromNames(page, html.SiteNameMeta);

    /// <summary>Dates, sources and authors stated in "label：value" lines anywhere on the page.</summary>
    public ArticleMetadata FromLabelledLines(IEnumerable<string> lines)
    {
        var found = ArticleMetadata.None;
        foreach (var line in lines)
        {
            if (line.Length <= 160 && text.Metadata.TryRead(line, out var labelled))
            {
                found = found.Or(labelled with { Title = null });
            }
        }

        return found;
    }

    /// <summary>The &lt;title&gt; without its site and column names ("标题_通知公告_站点"): the first part, unless it is too short to be a headline.</summary>
    public string? DocumentTitle(IDocument page)
    {
        var title = TextNormalizer.Normalize(page.Title ?? "").Trim();
        if (title.Length == 0)
        {
            return null;
        }

        foreach (var separator in html.TitleSeparators)
        {
            if (title.Contains(separator, StringComparison.Ordinal))
            {
                var parts = title.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                return parts.Length == 0 ? title : parts[0].Length >= 4 ? parts[0] : parts.MaxBy(part => part.Length);
            }
        }

        return title;
    }

    private static string? FromNames(IDocument page, IEnumerable<string> names)
    {
        var wanted = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
        foreach (var element in DomWalk.Descendants(page.DocumentElement))
        {
            if (element.LocalName == "meta"
                && (element.GetAttribute("name") ?? element.GetAttribute("property")) is { } key && wanted.Contains(key)
                && element.GetAttribute("content") is { Length: > 0 } content)
            {
                return TextNormalizer.Normalize(content).Trim();
            }
        }

        return null;
    }
}
