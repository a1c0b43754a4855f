namespace KnowledgeGraph.Ingest.Parse;

/// <summary>Which characters count as Chinese text when deciding spacing, density and headline shape.</summary>
internal static class CjkCharacters
{
    /// <summary>Han ideographs, CJK punctuation, full-width forms and the quote/dash marks Chinese text uses.</summary>
    public static bool IsCjk(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF')
            or (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFFEF')
            or '“' or '”' or '‘' or '’' or '—' or '…' or '·'
        || char.IsSurrogate(c);

    /// <summary>Han ideographs only: what the density heuristics count.</summary>
    public static bool IsIdeograph(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');

    public static int CountIdeographs(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (IsIdeograph(c))
            {
                count++;
            }
        }

        return count;
    }

    public static bool IsLatinLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') || (c > '\u00BF' && c < '\u0250');

    public static bool IsLatinWordChar(char c) => IsLatinLetter(c) || char.IsAsciiDigit(c);
}
