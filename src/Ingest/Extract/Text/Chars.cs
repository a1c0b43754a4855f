namespace KnowledgeGraph.Ingest.Extract.Text;

/// <summary>Character classes the recognisers share: what may be inside a name and what always ends one.</summary>
public static class Chars
{
    public static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    public static bool IsLatin(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ';

    public static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    public static bool IsOpenBracket(char c) => c is '(' or '（';

    public static bool IsCloseBracket(char c) => c is ')' or '）';

    public static bool IsOpenQuote(char c) => c is '“' or '《' or '「' or '『' or '"';

    public static bool IsCloseQuote(char c) => c is '”' or '》' or '」' or '』' or '"';

    /// <summary>Characters that can be part of a name (brackets and quotes are handled by the callers).</summary>
    public static bool IsNameChar(char c) => IsCjk(c) || IsLatin(c) || IsDigit(c) || c is '·' or '•' or '-' or '&';

    /// <summary>Separators inside enumerations (A、B和C).</summary>
    public static bool IsListSeparator(char c) => c is '、' or '，' or ',' or '；' or ';';

    /// <summary>Words that open a short form in brackets: X(以下简称Y).</summary>
    public static readonly string[] AliasCues = ["以下简称", "下称", "简称", "以下称"];

    /// <summary>
    /// Drops a bracket that introduces a short form inside a name (河北省土木建筑学会（以下简称“省土建学会”）第九次会员代表大会
    /// → 河北省土木建筑学会第九次会员代表大会): the short form belongs to the body before it, not to the name.
    /// </summary>
    public static string WithoutAliasBrackets(string name)
    {
        for (var open = name.IndexOfAny(['(', '（']); open >= 0 && open < name.Length - 1; open = name.IndexOfAny(['(', '（'], open + 1))
        {
            var close = name.IndexOfAny([')', '）'], open);
            // 中国汽车工程学会（China SAE）第十一届理事会…: a body's English name inside the name of its meeting is an alias too
            if (close > open && (AliasCues.Any(c => name.AsSpan(open + 1, close - open - 1).StartsWith(c, StringComparison.Ordinal))
                || (close < name.Length - 1 && IsLatinName(name.AsSpan(open + 1, close - open - 1)))))
            {
                return WithoutAliasBrackets(name.Remove(open, close - open + 1));
            }
        }

        return name;
    }

    /// <summary>An English name or acronym as written in brackets: Latin letters with spaces, '-', '&amp;' or '.' (China SAE, RWTH Aachen University).</summary>
    public static bool IsLatinName(ReadOnlySpan<char> text)
    {
        var letters = false;
        foreach (var c in text)
        {
            if (IsLatin(c))
            {
                letters = true;
            }
            else if (!IsLatinNameChar(c))
            {
                return false;
            }
        }

        return letters;
    }

    public static bool IsLatinNameChar(char c) => IsLatin(c) || c is ' ' or '-' or '&' or '.';

    /// <summary>Drops the spaces PDF extraction puts between Chinese and Latin/digits (IEEE 机器人学会 → IEEE机器人学会); keeps spaces inside Latin names.</summary>
    public static string TightenSpaces(string name)
    {
        if (!name.Contains(' '))
        {
            return name;
        }

        var b = new System.Text.StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] == ' ' && i > 0 && i + 1 < name.Length && (IsCjk(name[i - 1]) || IsCjk(name[i + 1])))
            {
                continue;
            }

            b.Append(name[i]);
        }

        return b.ToString();
    }

    /// <summary>Length of the first of <paramref name="words"/> written at <paramref name="start"/>, 0 when none.</summary>
    public static int WordAt(string s, int start, IReadOnlyList<string> words)
    {
        foreach (var w in words)
        {
            if (start >= 0 && string.CompareOrdinal(s, start, w, 0, w.Length) == 0)
            {
                return w.Length;
            }
        }

        return 0;
    }

    /// <summary>Length of the first of <paramref name="words"/> that ends at <paramref name="end"/> (exclusive), 0 when none.</summary>
    public static int WordBefore(string s, int end, IReadOnlyList<string> words)
    {
        foreach (var w in words)
        {
            if (end >= w.Length && string.CompareOrdinal(s, end - w.Length, w, 0, w.Length) == 0)
            {
                return w.Length;
            }
        }

        return 0;
    }

    public static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '!' or '?' or '；' or ';';
}
