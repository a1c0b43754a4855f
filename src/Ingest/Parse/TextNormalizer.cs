using System.Text;

namespace KnowledgeGraph.Ingest.Parse;

/// <summary>
/// One pass that makes text from different sources compare equal: half-width ASCII, LF line ends, no invisible
/// characters, no stray spaces inside Chinese text (PDF extraction puts them between ideographs).
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string text)
    {
        text = SpacedTables.ToTabs(text);
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        var pendingTab = false;
        var spaceRun = 0;
        var typedGap = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = Fold(text[i]);
            if (c != ' ')
            {
                // A wide gap someone typed (two ideographic spaces, or three spaces and more) separates fields on one
                // line: two signatures side by side, 发布时间：…　　来源：…. It is kept as a cell break, unlike the single
                // stray space PDF extraction puts between ideographs (or the one typed in 记者　某某).
                if (pendingSpace && spaceRun >= (typedGap ? 2 : 3))
                {
                    pendingTab = true;
                }

                spaceRun = 0;
                typedGap = false;
            }

            switch (c)
            {
                case '\0':
                    continue;
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        continue;
                    }

                    c = '\n';
                    break;
                case ' ':
                    pendingSpace = true;
                    spaceRun++;
                    typedGap |= text[i] == '\u3000';
                    continue;
                case '\t':
                    pendingTab = true;
                    continue;
            }

            if (c == '\n')
            {
                TrimLineEnd(sb);
                sb.Append('\n');
                pendingSpace = pendingTab = false;
                continue;
            }

            var atLineStart = sb.Length == 0 || sb[^1] == '\n';
            if (pendingTab && !atLineStart)
            {
                // Tabs separate table cells: keep one, so rows stay rows.
                sb.Append('\t');
            }
            else if (pendingSpace && !atLineStart && sb[^1] != '\t' && KeepsSpace(sb[^1], c))
            {
                sb.Append(' ');
            }

            pendingSpace = pendingTab = false;
            sb.Append(c);
        }

        TrimLineEnd(sb);
        return sb.ToString();
    }

    /// <summary>
    /// A space between Latin words is real; one touching Chinese text is a layout artefact ("深港 穗创", "在 2020 年"),
    /// unless it separates Chinese from a Latin word ("科技导报 Science").
    /// </summary>
    private static bool KeepsSpace(char before, char after)
    {
        if (CjkCharacters.IsCjk(before))
        {
            return CjkCharacters.IsLatinLetter(after);
        }

        if (CjkCharacters.IsCjk(after))
        {
            return CjkCharacters.IsLatinLetter(before);
        }

        return true;
    }

    /// <summary>Maps one character to its normal form; '\0' means drop it.</summary>
    private static char Fold(char c) => c switch
    {
        // ： and ； stay full-width: they are Chinese punctuation, the brief keeps them as written.
        '：' or '；' => c,
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' or '\u00A0' or '\u2007' or '\u202F' or '\u205F' or (>= '\u2000' and <= '\u200A') => ' ',
        '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' => '\0',
        '\f' or '\v' or '\u2028' or '\u2029' or '\u0085' => '\n',
        '\t' or '\n' or '\r' => c,
        < ' ' or (>= '\u007F' and < '\u00A0') => '\0',
        _ => c,
    };

    private static void TrimLineEnd(StringBuilder sb)
    {
        while (sb.Length > 0 && sb[^1] is ' ' or '\t')
        {
            sb.Length--;
        }
    }
}
