using KnowledgeGraph.Ingest.Extract.Lexicons;

namespace KnowledgeGraph.Ingest.Extract.Organizations;

/// <summary>Whether an organisation suffix found in running text is really one, or part of another word.</summary>
internal static class SuffixGuard
{
    /// <summary>
    /// A blocker word that overlaps the suffix and runs outside it (大学生, 院所), or ends with it (大局, 非政府, 联系),
    /// shows the suffix is part of another word — unless an exception word starts right after the suffix and runs past
    /// the blocker (大学 + 生命科学学院).
    /// </summary>
    public static bool Blocked(Lexicon lexicon, string s, int suffixStart, int len)
    {
        var end = suffixStart + len;
        var exception = lexicon.BlockerExceptions.LongestAt(s, end, out _);
        for (var k = Math.Max(0, suffixStart - 3); k < end; k++)
        {
            if (lexicon.SuffixBlockers.LongestAt(s, k, out _) is var b && b > 0 && k + b > suffixStart
                && ((k + b > end && end + exception <= k + b) || (k < suffixStart && (len == 1 || k + b == end))))
            {
                return true;
            }
        }

        return false;
    }
}
