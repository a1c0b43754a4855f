using System.Buffers;

namespace KnowledgeGraph.Ingest.Extract.Text;

/// <summary>
/// A character trie over a word list, built once and read concurrently. Finding every lexicon word that starts at a
/// position costs one walk down the trie instead of one comparison per entry.
/// </summary>
public sealed class CharTrie<TValue>
{
    private sealed class Node
    {
        public Dictionary<char, Node>? Next;
        public bool HasValue;
        public TValue Value = default!;
    }

    private readonly Node root = new();

    // null until the first word: a document's own trie (its district anchors) is often empty and then costs no bitsets
    private CharSet? firstChars;
    private CharSet? lastChars;
    private SearchValues<char>? starts;

    public int Count { get; private set; }

    public void Add(string word, TValue value)
    {
        if (string.IsNullOrEmpty(word))
        {
            return;
        }

        starts = null;
        (lastChars ??= new CharSet()).Add(word[^1]);
        (firstChars ??= new CharSet()).Add(word[0]);

        var node = root;
        foreach (var c in word)
        {
            node.Next ??= [];
            if (!node.Next.TryGetValue(c, out var child))
            {
                child = new Node();
                node.Next[c] = child;
            }

            node = child;
        }

        if (!node.HasValue)
        {
            Count++;
        }

        node.HasValue = true;
        node.Value = value;
    }

    /// <summary>
    /// The first position at or after <paramref name="start"/> where a word may begin (its first character is one some word
    /// starts with), or -1. A vectorised scan: most characters of a sentence start no trigger word, and a scan that asks
    /// the trie at every position spends its time there.
    /// </summary>
    public int NextStart(ReadOnlySpan<char> text, int start)
    {
        if (start >= text.Length)
        {
            return -1;
        }

        // built on first use, when the lexicon is complete; a race only builds the same set twice
        starts ??= SearchValues.Create(root.Next is null ? [] : [.. root.Next.Keys]);
        var k = text[start..].IndexOfAny(starts);
        return k < 0 ? -1 : start + k;
    }

    /// <summary>Length of the longest word starting at <paramref name="start"/>, 0 when none.</summary>
    public int LongestAt(ReadOnlySpan<char> text, int start, out TValue value) => LongestAt(text, start, int.MaxValue, out value);

    /// <summary>Length of the longest word of at most <paramref name="maxLength"/> characters starting at <paramref name="start"/>.</summary>
    public int LongestAt(ReadOnlySpan<char> text, int start, int maxLength, out TValue value)
    {
        value = default!;
        var best = 0;
        var node = root;
        var end = (int)Math.Min(text.Length, (long)start + maxLength);
        if (start >= end || firstChars is null || !firstChars.Contains(text[start]))
        {
            return 0; // most positions start no word: answered by one bit, not the root's dictionary
        }

        for (var i = start; i < end; i++)
        {
            if (node.Next is null || !node.Next.TryGetValue(text[i], out var child))
            {
                break;
            }

            node = child;
            if (node.HasValue)
            {
                best = i - start + 1;
                value = node.Value;
            }
        }

        return best;
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        var node = root;
        foreach (var c in word)
        {
            if (node.Next is null || !node.Next.TryGetValue(c, out var child))
            {
                return false;
            }

            node = child;
        }

        return node.HasValue;
    }

    public bool TryGet(ReadOnlySpan<char> word, out TValue value)
    {
        value = default!;
        var node = root;
        foreach (var c in word)
        {
            if (node.Next is null || !node.Next.TryGetValue(c, out var child))
            {
                return false;
            }

            node = child;
        }

        if (!node.HasValue)
        {
            return false;
        }

        value = node.Value;
        return true;
    }

    /// <summary>True when some word of the trie ends exactly at <paramref name="end"/> (exclusive), looking back at most <paramref name="maxLength"/> chars.</summary>
    public bool EndsAt(ReadOnlySpan<char> text, int end, int maxLength, out int length)
    {
        length = 0;

        // Asked at every position of a sentence by clause scans; most characters end no word, and one bit says so
        // without walking the trie once per candidate length.
        if (end < 1 || lastChars is null || !lastChars.Contains(text[end - 1]))
        {
            return false;
        }
        for (var k = Math.Min(maxLength, end); k >= 1; k--)
        {
            if (Contains(text.Slice(end - k, k)))
            {
                length = k;
                return true;
            }
        }

        return false;
    }
}
