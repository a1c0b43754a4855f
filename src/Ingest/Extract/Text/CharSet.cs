namespace KnowledgeGraph.Ingest.Extract.Text;

/// <summary>
/// A set of UTF-16 code units as one bit each (8 KiB). The recognisers probe their lexicons at every character of a
/// sentence and most characters start no word: a bit test rejects those in about a nanosecond, where a dictionary or hash
/// set lookup (the trie's root, the surname sets) costs several. <see cref="System.Buffers.SearchValues{T}"/> is no
/// substitute here: for CJK characters it falls back to a probabilistic map whose hits are confirmed by a linear search.
/// </summary>
public sealed class CharSet
{
    private readonly ulong[] bits = new ulong[(char.MaxValue + 1) / 64];

    public static CharSet Of(IEnumerable<char> chars)
    {
        var set = new CharSet();
        foreach (var c in chars)
        {
            set.Add(c);
        }

        return set;
    }

    public void Add(char c) => bits[c >> 6] |= 1UL << (c & 63);

    public bool Contains(char c) => (bits[c >> 6] & (1UL << (c & 63))) != 0;
}
