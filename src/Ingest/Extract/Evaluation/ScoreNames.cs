using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Ingest.Extract.Evaluation;

/// <summary>The name and title comparisons of ONTOLOGY.md "Scoring", written to agree with score.py character for character.</summary>
public static partial class ScoreNames
{
    private const string Strip = " \t\r\n\u3000“”‘’\"'《》「」『』";

    /// <summary>NFKC, then whitespace and quote marks removed.</summary>
    public static string Normalize(string? name)
    {
        var s = (name ?? "").Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            if (!Strip.Contains(ch, StringComparison.Ordinal))
            {
                sb.Append(ch);
            }
        }

        return sb.ToString();
    }

    /// <summary>The name plus aliases, normalised, without empties.</summary>
    public static HashSet<string> Names(GoldEntity e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var set = new HashSet<string>(StringComparer.Ordinal) { Normalize(e.Name) };
        foreach (var a in e.Aliases)
        {
            set.Add(Normalize(a));
        }

        set.Remove("");
        return set;
    }

    /// <summary>A title chain split into its posts: 党组书记、常务副主席兼秘书长 → {党组书记, 常务副主席, 秘书长}; 部长(主任) → {部长(主任), 部长, 主任}.</summary>
    public static HashSet<string> TitleParts(string? title)
    {
        var parts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in PostSeparator().Split(Normalize(title)))
        {
            if (part.Length == 0)
            {
                continue;
            }

            parts.Add(part);
            parts.Add(Bracketed().Replace(part, ""));
            foreach (Match m in Bracketed().Matches(part))
            {
                parts.Add(m.Groups[1].Value);
            }
        }

        parts.Remove("");
        return parts;
    }

    [GeneratedRegex("[、,，;；/]|兼|及")]
    private static partial Regex PostSeparator();

    [GeneratedRegex("[(（](.*?)[)）]")]
    private static partial Regex Bracketed();
}
