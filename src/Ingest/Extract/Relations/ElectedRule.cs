using KnowledgeGraph.Ingest.Extract.Lexicons;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Ingest.Extract.Relations;

/// <summary>
/// Posts taken at a body's own meeting: "…理事会选举产生了新一届领导机构。A当选理事长；B、C当选（联盟）副理事长" — titles
/// after 当选/任 with no other body written are posts (HOLDS_POSITION) at the body whose meeting the document is reporting
/// (named in the sentence, else the current one). Titles with their own body (当选为X会长) are the person recogniser's;
/// seats held by organisations (D大学当选为理事长单位) are the membership rule's. The same for posts given by the meeting:
/// "选举甲为理事长，乙、丙为副理事长" — everyone listed before 为 in the clause takes the titles after it.
/// </summary>
public sealed class ElectedRule(Lexicon lexicon) : IRelationRule
{
    public IEnumerable<RelationCandidate> Apply(SentenceView view)
    {
        if (view.MeetingBody is not { } body)
        {
            yield break;
        }

        var s = view.Text;
        foreach (var subject in view.Mentions.Where(SentenceView.IsAgent))
        {
            var at = AfterBracket(s, subject.End); // 赵某（湖南大学副院长）当选…
            var (taken, verb) = People.PostVerbs.At(s, at);
            if (verb == 0)
            {
                continue;
            }

            at += taken - verb;
            var from = at + verb;
            from += HeadOf(body, s, from); // 当选联盟理事长: the body's own head noun
            var titles = PostTitlesAt(s, from);
            if (titles.Length == 0)
            {
                continue; // a body follows (当选为X会长), no title at all, or a seat (理事长单位: MemberOfRule)
            }

            var clause = view.ClauseStart(at);
            foreach (var holder in view.Mentions.Where(m => m.Type == EntityTypes.Person && m.Start >= clause && m.End <= at && m != body))
            {
                yield return new RelationCandidate(RelationTypes.HoldsPosition, holder, body, 0.8, view.Sentence.Index) { Title = titles };
            }
        }

        foreach (var candidate in Appointed(view, body))
        {
            yield return candidate;
        }
    }

    /// <summary>选举甲为理事长, 乙、丙为副理事长: titles after 为, with no body of their own, for the people listed before it.</summary>
    private IEnumerable<RelationCandidate> Appointed(SentenceView view, Mention body)
    {
        var s = view.Text;
        foreach (var last in view.Mentions.Where(m => m.Type == EntityTypes.Person))
        {
            var at = AfterBracket(s, last.End);
            if (at >= s.Length || s[at] != '为' || !People.PostVerbs.AppointedBefore(s, last.Start, '为'))
            {
                continue;
            }

            var titles = PostTitlesAt(s, at + 1);
            if (titles.Length == 0)
            {
                continue;
            }

            var clause = view.ClauseStart(last.Start);
            foreach (var holder in view.Mentions.Where(m => m.Type == EntityTypes.Person && m.Start >= clause && m.End <= last.End))
            {
                yield return new RelationCandidate(RelationTypes.HoldsPosition, holder, body, 0.8, view.Sentence.Index) { Title = titles };
            }
        }
    }

    private static int AfterBracket(string s, int at)
    {
        if (at >= s.Length || !Text.Chars.IsOpenBracket(s[at]))
        {
            return at;
        }

        var close = s.IndexOfAny([')', '）'], at);
        return close < 0 ? at : close + 1;
    }

    /// <summary>Length of the body's head noun (联盟, 学会) written at <paramref name="at"/>, 0 when there is none.</summary>
    private static int HeadOf(Mention body, string s, int at)
    {
        for (var len = 3; len >= 2; len--)
        {
            if (body.Text.Length > len && at + len <= s.Length && string.CompareOrdinal(s, at, body.Text, body.Text.Length - len, len) == 0)
            {
                return len;
            }
        }

        return 0;
    }

    /// <summary>A person's titles right at <paramref name="start"/>; "" when none, or when they name a seat (理事长单位).</summary>
    private string PostTitlesAt(string s, int start)
    {
        var titles = TitlesAt(s, start, out var end);
        return end + 2 <= s.Length && string.CompareOrdinal(s, end, "单位", 0, 2) == 0 ? "" : titles;
    }

    /// <summary>The titles (joined by 、 or 兼) starting right at <paramref name="start"/>, "" when none.</summary>
    private string TitlesAt(string s, int start, out int end)
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

        end = r;
        return s[start..r].Replace('兼', '、');
    }
}
