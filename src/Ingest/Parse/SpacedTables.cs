using System.Text;

namespace KnowledgeGraph.Ingest.Parse;

/// <summary>
/// A form table whose columns a PDF or a copied page separated by spaces (序号 名称 依托单位 所在地 / 1 X中心 Y大学 长沙市).
/// Spaces inside Chinese text are layout artefacts and are dropped later, which would run the cells of a row into one
/// name; here the gaps of such a table become tabs, the cell separator of tables from HTML. A table is recognised by
/// its header (序号 and at least two more short column names) and lasts while its lines carry no sentence punctuation.
/// </summary>
internal static class SpacedTables
{
    private const string SerialHeader = "序号";
    private const int MaxHeaderWord = 10;

    public static string ToTabs(string text)
    {
        if (!text.Contains(SerialHeader, StringComparison.Ordinal))
        {
            return text;
        }

        var lines = text.Split('\n');
        var inTable = false;
        var changed = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (!inTable)
            {
                inTable = IsHeader(line);
                if (!inTable)
                {
                    continue;
                }
            }
            else if (line.Trim().Length > 0 && HasSentencePunctuation(line))
            {
                inTable = false;
                continue;
            }

            var tabbed = GapsToTabs(line);
            changed |= !ReferenceEquals(tabbed, line);
            lines[i] = tabbed;
        }

        return changed ? string.Join('\n', lines) : text;
    }

    private static bool IsHeader(string line)
    {
        var words = line.Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 3 && words[0] == SerialHeader && words.All(w => w.Length <= MaxHeaderWord) && !HasSentencePunctuation(line);
    }

    private static bool HasSentencePunctuation(string line) => line.AsSpan().IndexOfAny("。，；！？,;") >= 0;

    /// <summary>Every run of spaces between two cells becomes one tab; leading and trailing spaces stay as they are.</summary>
    private static string GapsToTabs(string line)
    {
        var trimmed = line.Trim(' ', '\u3000', '\r');
        if (trimmed.AsSpan().IndexOfAny(' ', '\u3000') < 0)
        {
            return line;
        }

        var b = new StringBuilder(trimmed.Length);
        var gap = false;
        foreach (var c in trimmed)
        {
            if (c is ' ' or '\u3000' or '\t')
            {
                gap = true;
                continue;
            }

            if (gap)
            {
                b.Append('\t');
                gap = false;
            }

            b.Append(c);
        }

        return b.ToString();
    }
}
