using KnowledgeGraph.Ingest.Extract.Lexicons;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Ingest.Extract.Relations;

/// <summary>
/// HOLDS_POSITION from an election at a body's own meeting: "…理事会选举产生了新一届领导机构。A当选理事长；B、C当选副理事长"
/// — the titles after 当选 with no body written are posts at the body whose meeting the document is reporting (the
/// meeting named in the sentence, else the current one). Titles with their body (当选为X会长) are the person recogniser's.
/// </summary>
public sealed class ElectedRule(Lexicon lexicon) : IRelationRule
{
    private static readonly string[] Elected = ["当选为", "当选", "连任", "增补为"];

    public IEnumerable<RelationCandidate> Apply(SentenceView view)
    {
        var meeting = view.Mentions.FirstOrDefault(m => m.IsGovernance) ?? view.CurrentEvent;
        if (meeting?.Body is not { } body)
        {
            yield break;
        }

        var s = view.Text;
        for (var pos = s.IndexOf("当选", StringComparison.Ordinal) is var first && first >= 0 ? first : s.IndexOf("连任", StringComparison.Ordinal);
             pos >= 0;
             pos = NextVerb(s, pos + 2))
        {
            var verb = Text.Chars.WordAt(s, pos, Elected);
            if (verb == 0)
            {
                continue;
            }

            var titles = TitlesAt(s, pos + verb);
            if (titles.Length == 0)
            {
                continue; // a body follows (当选为X会长), or no title at all
            }

            var clause = view.ClauseStart(pos);
            foreach (var person in view.Mentions.Where(m => m.Type == EntityTypes.Person && m.Start >= clause && m.End <= pos))
            {
                yield return new RelationCandidate(RelationTypes.HoldsPosition, person, body, 0.8, view.Sentence.Index) { Title = titles };
            }
        }
    }

    private static int NextVerb(string s, int from)
    {
        var a = s.IndexOf("当选", from, StringComparison.Ordinal);
        var b = s.IndexOf("连任", from, StringComparison.Ordinal);
        return a < 0 ? b : b < 0 ? a : Math.Min(a, b);
    }

    /// <summary>The titles (joined by 、 or 兼) starting right at <paramref name="start"/>, "" when none.</summary>
    private string TitlesAt(string s, int start)
    {
        var r = start;
        while (r < s.Length)
        {
            var t = lexicon.Titles.LongestAt(s, r, out _);
            if (t == 0)
            {
                break;
            }

            r += t;
            if (r + 1 < s.Length && s[r] is '、' or '兼' && lexicon.Titles.LongestAt(s, r + 1, out _) > 0)
            {
                r++;
            }
        }

        return s[start..r].Replace('兼', '、');
    }
}
