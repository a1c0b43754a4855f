namespace KnowledgeGraph.Ingest.Extract;

/// <summary>
/// Ordering and span tests over one sentence's mentions. The recognisers run them for every sentence; LINQ's OrderBy
/// (iterator, sorter, key array) and a lambda capturing the mention at hand (a closure per test) were a third of what
/// extraction allocated, measured.
/// </summary>
internal static class MentionLists
{
    /// <summary>Longest span first, then the earlier start.</summary>
    public static readonly Comparison<Mention> LongestThenEarliest = (a, b) =>
        (b.End - b.Start).CompareTo(a.End - a.Start) is var byLength and not 0 ? byLength : a.Start.CompareTo(b.Start);

    /// <summary>
    /// The mentions in <paramref name="order"/>; mentions that compare equal keep the order they came in, as with
    /// OrderBy…ThenBy (which one of two equal spans wins depends on it). Binary insertion: a sentence has a handful.
    /// </summary>
    public static List<Mention> StableSorted(IEnumerable<Mention> mentions, Comparison<Mention> order)
    {
        var sorted = new List<Mention>();
        foreach (var m in mentions)
        {
            var lo = 0;
            var hi = sorted.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (order(sorted[mid], m) <= 0)
                {
                    lo = mid + 1; // after every mention that does not come later
                }
                else
                {
                    hi = mid;
                }
            }

            sorted.Insert(lo, m);
        }

        return sorted;
    }

    public static bool AnyOverlaps(IReadOnlyList<Mention> mentions, Mention m) => AnyOverlaps(mentions, m.Start, m.End);

    public static bool AnySameSpan(IReadOnlyList<Mention> mentions, Mention m)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Start == m.Start && mentions[i].End == m.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="m"/> lies inside a longer mention of the list or has the span of one.</summary>
    public static bool AnyContainsOrSameSpan(IReadOnlyList<Mention> mentions, Mention m)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Contains(m) || (mentions[i].Start == m.Start && mentions[i].End == m.End))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any mention shares a character with the span [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static bool AnyOverlaps(IReadOnlyList<Mention> mentions, int start, int end)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Start < end && start < mentions[i].End)
            {
                return true;
            }
        }

        return false;
    }
}
