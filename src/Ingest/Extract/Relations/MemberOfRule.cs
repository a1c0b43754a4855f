using KnowledgeGraph.Ingest.Extract.Lexicons;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Ingest.Extract.Relations;

/// <summary>
/// MEMBER_OF: A加入B (A of the clause before, B enumerated after), and noun wordings where the body is named before
/// the noun (A是B的团体会员, A等成为B成员单位 / 合作空间).
/// </summary>
public sealed class MemberOfRule(Lexicon lexicon) : IRelationRule
{
    private readonly Text.CharTrie<Trigger> triggers = lexicon.TriggersOf(RelationTypes.MemberOf);

    /// <summary>认定为“P”(工作站): the programme named right after, also when it only opens the category's name.</summary>
    private static List<Mention> RecognisedUnder(SentenceView view, int from)
    {
        var next = view.ListAfter(from, 2, EntityTypes.Organization, EntityTypes.Program).FirstOrDefault();
        return next is null ? []
            : next.Type == EntityTypes.Program ? [next]
            : view.NestedIn(next).Where(n => n.Type == EntityTypes.Program && n.Start <= next.Start + 1).Take(1).ToList();
    }

    /// <summary>The bodies listed after 包括/有 shortly after the noun (a count and one comma may stand between).</summary>
    private static List<Mention> Listed(SentenceView view, int from)
    {
        var window = Math.Min(14, view.Text.Length - from);
        var at = window > 0 ? view.Text.IndexOf("包括", from, window, StringComparison.Ordinal) : -1;
        return at < 0 || view.Text.AsSpan(from, at - from).Count('，') + view.Text.AsSpan(from, at - from).Count(',') > 1
            ? []
            : view.ListAfter(at + 2, 0, EntityTypes.Organization);
    }

    private const string SeatRole = "seat";
    private static readonly string[] Copulas = ["为", "是"];

    /// <summary>
    /// A governing unit's seat (理事长单位, 副理事长单位, 秘书长单位) makes its holder a member of the body: the body named
    /// right before the seat (Y联盟副理事长单位), else the body whose meeting is reported, else the alliance the text is
    /// about; the holders are listed after it
    /// (理事长单位为A，副理事长单位为B、C; 秘书长单位A作报告) or, failing that, named earlier in its clause (A当选为副理事长单位,
    /// 增补A为理事单位) or the sentence's subject (A是…、Y联盟副理事长单位).
    /// </summary>
    private static IEnumerable<RelationCandidate> Seats(SentenceView view, int clause, int pos, Trigger trigger)
    {
        var named = view.Mentions.LastOrDefault(m => m.Type == EntityTypes.Organization && m.End == pos);
        var body = named ?? view.MeetingBody ?? view.CurrentAlliance;
        if (body is null)
        {
            yield break;
        }

        var after = pos + trigger.Word.Length;
        var copula = Text.Chars.WordAt(view.Text, after, Copulas);
        var holders = view.ListAfter(after + copula, 0, EntityTypes.Organization);
        if (holders.Count == 0)
        {
            holders = view.Mentions.Where(m => m.Type == EntityTypes.Organization && m.Start >= clause && m.End <= (named?.Start ?? pos) && m != body).ToList();
        }

        if (holders.Count == 0 && named is not null && view.Mentions.FirstOrDefault() is { Type: EntityTypes.Organization } subject && subject != body)
        {
            holders.Add(subject);
        }

        foreach (var a in holders.Where(h => h != body))
        {
            yield return new RelationCandidate(RelationTypes.MemberOf, a, body, trigger.Confidence, view.Sentence.Index);
        }
    }

    private static readonly string[] AllianceHeads = ["联盟", "联合体"];
    private static readonly string[] BodyHeads = ["学会", "协会", "研究会", "联合会"];

    /// <summary>加入 with nothing named after it: the clause ends there, or only the alliance's head noun follows.</summary>
    private static bool JoinsUnnamed(string s, int after) =>
        after >= s.Length || s[after] is '，' or '。' or '；' or ',' or '、' || Text.Chars.WordAt(s, after, AllianceHeads) > 0;

    /// <summary>
    /// 加入学会, 成为学会团体会员: a bare head noun at <paramref name="at"/> (or ending there) for the body whose meeting the
    /// text reports, when that body's name ends with it; null otherwise.
    /// </summary>
    private static Mention? MeetingBodyByHead(SentenceView view, int at, bool endingThere)
    {
        var s = view.Text;
        var head = endingThere ? Text.Chars.WordBefore(s, at, BodyHeads) : Text.Chars.WordAt(s, at, BodyHeads);
        if (head == 0 || view.MeetingBody is not { } body)
        {
            return null;
        }

        var word = endingThere ? s.Substring(at - head, head) : s.Substring(at, head);
        var start = endingThere ? at - head : at;
        return body.Text.EndsWith(word, StringComparison.Ordinal) && !view.Mentions.Any(m => m.Start <= start && start < m.End) ? body : null;
    }

    /// <summary>Does the text between a list's last body and the noun close the list: 等, a count (4家), 首批?</summary>
    private static bool ClosesList(string s, int from, int to)
    {
        if (from >= to || to > s.Length)
        {
            return false; // the body is not written before the noun in this sentence (the alliance the text is about)
        }

        var gap = s.AsSpan(from, to - from);
        return gap.Length > 0 && (gap[0] == '等' || (char.IsAsciiDigit(gap[0]) && gap.IndexOfAny('家', '个', '所') > 0));
    }

    public IEnumerable<RelationCandidate> Apply(SentenceView view)
    {
        foreach (var (pos, trigger) in view.Triggers(triggers))
        {
            var clause = view.ClauseStart(pos);
            if (trigger.Word is "加入" or "认定为" or "入选")
            {
                // A加入B; A被认定为“P”工作站 / A入选P: a base recognised under a programme is its member (rule 7), a
                // category it is recognised as (认定为X基地) is no body
                var members = view.Mentions.Where(m => SentenceView.IsAgent(m) && m.Start >= clause && m.End <= pos).ToList();
                var bodies = trigger.Word == "加入"
                    ? view.ListAfter(pos + trigger.Word.Length, 4, EntityTypes.Organization, EntityTypes.Program)
                    : RecognisedUnder(view, pos + trigger.Word.Length);
                if (bodies.Count == 0 && trigger.Word == "加入" && view.CurrentAlliance is { } alliance && JoinsUnnamed(view.Text, pos + trigger.Word.Length))
                {
                    bodies = [alliance]; // 等5家企业正式加入, 加入联盟: the alliance the text is about
                }
                else if (bodies.Count == 0 && trigger.Word == "加入" && MeetingBodyByHead(view, pos + trigger.Word.Length, endingThere: false) is { } joined)
                {
                    bodies = [joined]; // 会议批准A以团体会员身份加入学会
                }

                foreach (var a in members)
                {
                    foreach (var b in bodies)
                    {
                        yield return new RelationCandidate(RelationTypes.MemberOf, a, b, trigger.Confidence, view.Sentence.Index);
                    }
                }

                continue;
            }

            if (trigger.Role == SeatRole)
            {
                foreach (var seat in Seats(view, clause, pos, trigger))
                {
                    yield return seat;
                }

                continue;
            }

            if (lexicon.Titles.EndsAt(view.Text, pos + trigger.Word.Length, 8, out var title) && title > trigger.Word.Length)
            {
                continue; // 党组成员: a post, not membership
            }

            if (Text.Chars.WordBefore(view.Text, pos, ["作为", "以"]) > 0)
            {
                continue; // B作为成员单位, 以团体会员身份: B's role in a body named elsewhere, not membership of the body before B
            }

            // the body is the nearest organisation or programme before the noun, the members are before the body
            var body = view.Mentions.LastOrDefault(m => m.Type is EntityTypes.Organization or EntityTypes.Program && m.End <= pos && m.Start >= clause && pos - m.End <= 3);
            var listed = Listed(view, pos + trigger.Word.Length);
            if (body is null && listed.Count > 0 && pos - clause <= 2)
            {
                body = view.CurrentAlliance; // (首批)成员单位…包括A、B: of the alliance the text is about
            }

            if (body is null && MeetingBodyByHead(view, pos, endingThere: true) is { } reported)
            {
                // 批准A、B等42家单位成为学会团体会员: the bodies of the clause join the body whose meeting is reported
                foreach (var a in view.Mentions.Where(m => m.Type == EntityTypes.Organization && m.Start >= clause && m.End <= pos && m != reported))
                {
                    yield return new RelationCandidate(RelationTypes.MemberOf, a, reported, trigger.Confidence, view.Sentence.Index);
                }

                continue;
            }

            if (body is null)
            {
                continue;
            }

            if (ClosesList(view.Text, body.End, pos))
            {
                // A、B、C等首批成员单位, A、B、C、D4家成员单位: the list closed by 等 or a count is the members, of the
                // alliance the text is about (else the body whose meeting is reported); never of the list's last body
                if ((view.CurrentAlliance ?? view.MeetingBody) is { } about && about != body)
                {
                    foreach (var a in view.ListBefore(body.End, EntityTypes.Organization).Where(a => a != about))
                    {
                        yield return new RelationCandidate(RelationTypes.MemberOf, a, about, trigger.Confidence, view.Sentence.Index);
                    }
                }

                continue;
            }

            if (listed.Count > 0)
            {
                // 成员单位共23家，包括A、B、C: the members are listed after the noun
                foreach (var a in listed.Where(a => a != body))
                {
                    yield return new RelationCandidate(RelationTypes.MemberOf, a, body, trigger.Confidence, view.Sentence.Index);
                }

                continue;
            }

            var holders = view.Mentions.Where(m => m.Type == EntityTypes.Organization && m.Start >= clause && m.End <= body.Start).ToList();
            if (holders.Count == 0 && view.Mentions.FirstOrDefault() is { Type: EntityTypes.Organization } subject && subject != body)
            {
                // X是…，是Y的团体会员: the sentence's subject
                holders.Add(subject);
            }

            foreach (var a in holders)
            {
                yield return new RelationCandidate(RelationTypes.MemberOf, a, body, trigger.Confidence, view.Sentence.Index);
            }
        }
    }
}
