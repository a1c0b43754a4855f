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

    public static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '!' or '?' or '；' or ';';
}
