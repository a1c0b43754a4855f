using System.Text.RegularExpressions;

namespace KnowledgeGraph.Ingest.Parse;

/// <summary>
/// Reads "label：value" lines (发布时间：…, 来源：…, 作者：…) and says whether a line is nothing but such metadata,
/// so it can be kept out of the article text without losing a fact.
/// </summary>
internal sealed class MetadataLabels
{
    private const int MaxValueLength = 40;

    private readonly Regex _label;
    private readonly HashSet<string> _published;
    private readonly HashSet<string> _publisher;
    private readonly HashSet<string> _author;

    public MetadataLabels(MetadataLabelFile file)
    {
        _published = new HashSet<string>(file.PublishedOn, StringComparer.Ordinal);
        _publisher = new HashSet<string>(file.Publisher, StringComparer.Ordinal);
        _author = new HashSet<string>(file.Author, StringComparer.Ordinal);
        var all = file.PublishedOn.Concat(file.Publisher).Concat(file.Author).Concat(file.Ignored)
            .Distinct(StringComparer.Ordinal).OrderByDescending(l => l.Length).Select(Regex.Escape);
        _label = new Regex($"(?<label>{string.Join('|', all)})\\s*[:：]\\s*", RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(2));
    }

    /// <summary>True when the line holds only known labels with short values; <paramref name="metadata"/> gets what they say.</summary>
    public bool TryRead(string line, out ArticleMetadata metadata)
    {
        metadata = ArticleMetadata.None;
        var text = line.Trim().TrimStart('【', '[', '(', '（').TrimEnd('】', ']', ')', '）');
        if (text.Length == 0 || text.Length > 160)
        {
            return false;
        }

        var matches = _label.Matches(text);
        if (matches.Count == 0 || matches[0].Index != 0)
        {
            return false;
        }

        for (var i = 0; i < matches.Count; i++)
        {
            var end = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            var start = matches[i].Index + matches[i].Length;
            var value = text[start..end].Trim(' ', '\t', '|', '丨', '/', '【', '】', '[', ']', '　');
            if (!TryReadValue(matches[i].Groups["label"].Value, value, ref metadata))
            {
                metadata = ArticleMetadata.None;
                return false;
            }
        }

        return true;
    }

    private bool TryReadValue(string label, string value, ref ArticleMetadata metadata)
    {
        if (value.Length > MaxValueLength || value.AsSpan().IndexOfAny("。!?;；") >= 0)
        {
            return false;
        }

        if (_published.Contains(label))
        {
            if (value.Length == 0)
            {
                return true;
            }

            if (!ChineseDate.IsDateOnly(value, out var date))
            {
                return false;
            }

            metadata = metadata with { PublishedOn = metadata.PublishedOn ?? date };
            return true;
        }

        if (_publisher.Contains(label) && value.Length > 0)
        {
            metadata = metadata with { Publisher = metadata.Publisher ?? FirstWord(value) };
        }
        else if (_author.Contains(label) && value.Length > 0)
        {
            metadata = metadata with { Author = metadata.Author ?? value };
        }

        return true;
    }

    // A value may run into unlabelled trailing text ("来源：省科技厅 2020-03-10"): keep the first word, which is the name.
    private static string FirstWord(string value)
    {
        var cut = value.IndexOfAny([' ', '\t']);
        var word = cut > 0 ? value[..cut] : value;
        return ChineseDate.TryFind(word, out _, out var index, out _) && index > 0 ? word[..index].Trim() : word;
    }
}
