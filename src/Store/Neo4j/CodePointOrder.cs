namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// Orders strings by Unicode code point, which is how SQLite's default (BINARY, UTF-8 byte) collation orders them.
/// .NET's ordinal comparison orders UTF-16 code units instead, which disagrees for characters beyond U+FFFF against
/// U+E000–U+FFFF (fullwidth brackets, for one); snapshots of both stores must sort alike to compare equal.
/// </summary>
internal sealed class CodePointOrder : IComparer<string>
{
    public static CodePointOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var left = x.EnumerateRunes();
        var right = y.EnumerateRunes();
        while (true)
        {
            var hasLeft = left.MoveNext();
            var hasRight = right.MoveNext();
            if (!hasLeft || !hasRight)
            {
                return hasLeft == hasRight ? 0 : hasLeft ? 1 : -1;
            }

            var order = left.Current.Value.CompareTo(right.Current.Value);
            if (order != 0)
            {
                return order;
            }
        }
    }
}
