using KnowledgeGraph.Ingest.Extract.Lexicons;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Ingest.Extract.Relations;

/// <summary>
/// FOUNDED (rule 3): the organisations and people of the clause before 发起/成立/创办/设立/组建/共建 founded the
/// organisation, programme or event enumerated after it. Plans (谋划成立, 拟成立) and 揭牌 alone are not founding.
/// </summary>
public sealed class FoundedRule(Lexicon lexicon) : IRelationRule
{
    private static readonly string[] Plans = ["谋划", "计划", "拟", "筹划", "将", "准备", "正在"];
    private readonly Text.CharTrie<Trigger> triggers = lexicon.TriggersOf(RelationTypes.Founded);

    private static IEnumerable<Mention> Approvers(SentenceView view, int pos)
    {
        var approved = Math.Max(view.Text.LastIndexOf("批准", pos, StringComparison.Ordinal), view.Text.LastIndexOf("批复", pos, StringComparison.Ordinal));
        var by = approved > 0 ? view.Text.LastIndexOf('经', approved) : -1;
        return by < 0 || by < view.ClauseStart(approved) ? [] : view.Between(by + 1, approved, EntityTypes.Organization);
    }

    /// <summary>The event or body a "，联合…的X" clause right after <paramref name="pos"/> describes, or null.</summary>
    private static Mention? JoinedClauseHead(SentenceView view, int pos)
    {
        var k = pos;
        while (k < view.Text.Length && view.Text[k] is '，' or ',' or ' ')
        {
            k++;
        }

        if (k == pos || view.JoinerAt(k) == 0)
        {
            return null;
        }

        var end = view.ClauseEnd(k);
        var de = view.Text.LastIndexOf('的', end - 1, end - k);
        return de < 0 ? null : view.ListAfter(de + 1, 0, EntityTypes.Organization, EntityTypes.Program, EntityTypes.Event).FirstOrDefault();
    }

    private static readonly string[] Sides = ["双方", "三方", "多方"];

    /// <summary>双方(将)共建…: the trigger's clause names no agent but the sides of an agreement reported before.</summary>
    private static bool BothSides(SentenceView view, int clause, int pos) =>
        view.CurrentParties.Count >= 2 && Sides.Any(w => view.Text.IndexOf(w, clause, pos - clause, StringComparison.Ordinal) >= 0);

    /// <summary>Where B starts in "(了一个)由…组成的B" right after <paramref name="pos"/>, in the same clause; null otherwise.</summary>
    private static int? ComposedOf(SentenceView view, int pos)
    {
        var by = view.Text.IndexOf('由', pos, Math.Min(4, view.Text.Length - pos));
        if (by < 0)
        {
            return null;
        }

        var composed = view.Text.IndexOf("组成的", by, StringComparison.Ordinal);
        return composed > 0 && composed < view.ClauseEnd(by) ? composed + 3 : null;
    }

    /// <summary>
    /// A作为组长单位，B、C作为副组长单位，联合成立了D: when the trigger's clause is only 联合/共同, the bodies named before
    /// 作为 in the sentence's earlier clauses are the founders.
    /// </summary>
    private static List<Mention> RoleAgents(SentenceView view, int clause, int pos)
    {
        var lead = view.Text[clause..pos].Trim();
        if (!SentenceView.Jointly.Contains(lead))
        {
            return [];
        }

        var agents = new List<Mention>();
        for (var k = view.Text.IndexOf("作为", 0, clause, StringComparison.Ordinal); k > 0; k = view.Text.IndexOf("作为", k + 2, clause - k - 2, StringComparison.Ordinal))
        {
            agents.AddRange(view.ListBefore(k, EntityTypes.Organization).Where(a => !agents.Contains(a)));
        }

        return agents;
    }

    /// <summary>
    /// A为B建站单位 / B…，A为建站单位: A founded B (rule 3, 建站单位) — B named between 为 and the noun, else the platform
    /// named last before A in the sentence. B（建设单位：A、C）and table rows (B，共建单位：A): the bodies after the colon
    /// founded the body named last before the label.
    /// </summary>
    private static IEnumerable<RelationCandidate> Seat(SentenceView view, int clause, int pos, Trigger trigger)
    {
        var after = pos + trigger.Word.Length;
        if (after < view.Text.Length && view.Text[after] is '：' or ':')
        {
            var builders = view.ListAfter(after + 1, 0, EntityTypes.Organization);
            if (view.LabelledBody(pos) is { } built)
            {
                foreach (var a in builders.Where(b => b != built))
                {
                    yield return new RelationCandidate(RelationTypes.Founded, a, built, trigger.Confidence, view.Sentence.Index);
                }
            }

            yield break;
        }

        var wei = view.Text.LastIndexOf('为', pos, pos - clause);
        if (wei < 0)
        {
            yield break;
        }

        var holders = view.ListBefore(wei, EntityTypes.Organization);
        var founded = view.Mentions.Where(m => m.Type == EntityTypes.Organization && m.Start > wei && m.End <= pos).ToList();
        if (founded.Count == 0 && holders.Count > 0
            && view.Mentions.LastOrDefault(m => m.Type == EntityTypes.Organization && m.Kind == OrganizationKinds.Platform && m.End <= holders[0].Start) is { } platform)
        {
            founded.Add(platform);
        }

        foreach (var a in holders)
        {
            foreach (var t in founded.Where(t => t != a))
            {
                yield return new RelationCandidate(RelationTypes.Founded, a, t, trigger.Confidence, view.Sentence.Index);
            }
        }
    }

    /// <summary>X是(由|经)…设立的Y: the organisation written right before the 是 of the trigger's clause, or null.</summary>
    private static Mention? CopulaSubject(SentenceView view, int clause, int pos)
    {
        var copula = view.Text.IndexOf('是', clause, pos - clause);
        var de = view.Text.IndexOf('的', pos, Math.Min(6, view.Text.Length - pos));
        return copula < 0 || de < 0
            ? null
            : view.Mentions.LastOrDefault(m => m.Type == EntityTypes.Organization && m.End == copula && m.Start >= clause);
    }

    /// <summary>X由A… / 该联盟于2021年由A…: the organisation written before the 由 that opens the agents' list (only a date between), or null.</summary>
    private static Mention? SubjectBeforeBy(SentenceView view, Mention firstAgent)
    {
        var by = firstAgent.Start - 1;
        if (by <= 0 || view.Text[by] != '由')
        {
            return null;
        }

        var subject = view.Mentions.LastOrDefault(m => m.Type == EntityTypes.Organization && m.End <= by);
        return subject is not null && IsDateGap(view.Text.AsSpan(subject.End, by - subject.End)) ? subject : null;
    }

    /// <summary>Nothing, or a date such as 于2021年 / 在2023年5月: what may stand between a subject and its 由.</summary>
    private static bool IsDateGap(ReadOnlySpan<char> gap)
    {
        if (gap.Length > 0 && gap[0] is '于' or '在')
        {
            gap = gap[1..];
        }

        foreach (var c in gap)
        {
            if (!char.IsAsciiDigit(c) && c is not ('年' or '月' or '日' or '初' or '底' or '末'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Does a founding trigger stand before <paramref name="m"/> in its own clause?</summary>
    private static bool FoundedEarlier(SentenceView view, List<(int Pos, Trigger Trigger)> found, Mention m)
    {
        var clause = view.ClauseStart(m.Start);
        return found.Exists(t => t.Pos >= clause && t.Pos < m.Start);
    }

    public IEnumerable<RelationCandidate> Apply(SentenceView view)
    {
        var found = view.Triggers(triggers).ToList();
        foreach (var (pos, trigger) in found)
        {
            var clause = view.ClauseStart(pos);
            if (Plans.Any(p => view.Text.IndexOf(p, clause, pos - clause, StringComparison.Ordinal) >= 0))
            {
                continue; // 谋划成立, 本会将在X设立Y: a plan in the trigger's clause is no founding
            }

            if (trigger.Word.EndsWith("单位", StringComparison.Ordinal))
            {
                foreach (var seat in Seat(view, clause, pos, trigger))
                {
                    yield return seat;
                }

                continue;
            }

            // the enumeration right before the trigger, else every agent of the clause, else the sentence's subject; never
            // what an earlier trigger of the sentence founded (A批准设立B，批准组建C: B founded nothing)
            var agents = view.ListBefore(pos, EntityTypes.Organization, EntityTypes.Person).Where(a => !FoundedEarlier(view, found, a)).ToList();
            if (agents.Count == 0)
            {
                agents = view.Mentions.Where(m => SentenceView.IsAgent(m) && m.Start >= clause && m.End <= pos).ToList();
                if (agents.Any(a => a.Type == EntityTypes.Person))
                {
                    // 支持X常委、Y会长某某参与筹备Z: the person acts, the bodies only describe the person
                    agents = agents.Where(a => a.Type == EntityTypes.Person).ToList();
                }
            }

            if (agents.Count == 0 && BothSides(view, clause, pos))
            {
                agents = [.. view.CurrentParties]; // 签署协议…。根据协议，双方共建X: the parties of that agreement
            }

            var roleAgents = agents.Count == 0 ? RoleAgents(view, clause, pos) : [];
            agents.AddRange(roleAgents);
            if (agents.Count == 0 && view.Mentions.FirstOrDefault(m => !FoundedEarlier(view, found, m)) is { Type: EntityTypes.Organization } subject && subject.End <= pos)
            {
                // A、B、C共同签署…，并共同发起成立D: the sentence's subject, with the bodies listed with it
                agents = view.ListAfter(subject.Start, 0, EntityTypes.Organization).Where(a => a.End <= pos && !FoundedEarlier(view, found, a)).DefaultIfEmpty(subject).ToList();
            }

            var after = pos + trigger.Word.Length;
            var targets = view.ListAfter(after, 4, EntityTypes.Organization, EntityTypes.Program, EntityTypes.Event);
            if (targets.Count == 0 && JoinedClauseHead(view, after) is { } head)
            {
                targets = [head]; // A倡议发起，联合B共同主办的E: what the joined clause describes
            }

            if (ComposedOf(view, after) is { } composed)
            {
                // 成立了由A(12家单位)组成的B: A are members, B is the founded body
                targets = view.ListAfter(composed, 0, EntityTypes.Organization, EntityTypes.Program);
            }
            else if (targets.Count > 0 && view.Text.AsSpan(pos, targets[0].Start - pos).Contains('由'))
            {
                targets.Clear(); // 成立了由A…: A is a member, and the founded body is not named in this clause
            }

            if (targets.Count == 0 && agents.Count > 0 && SubjectBeforeBy(view, agents[0]) is { } subjectFounded)
            {
                targets = [subjectFounded]; // X由A、B共同发起成立: X is what they founded
            }

            if (targets.Count == 0 && CopulaSubject(view, clause, pos) is { } described)
            {
                targets = [described]; // X是由A与B共建的…, X是经Y批复设立的…: X is what was founded
            }

            // 成立大会 of X: what founded the meeting's body founded the body, not the meeting
            targets = targets.Select(t => t.IsFounding && t.Body is { } body ? body : t).ToList();

            // 经A批准，B设立C: the approving body founded C too (rule 3)
            agents.AddRange(Approvers(view, pos).Where(a => !agents.Contains(a)));
            foreach (var a in agents)
            {
                foreach (var t in targets.Where(t => t != a))
                {
                    yield return new RelationCandidate(RelationTypes.Founded, a, t, trigger.Confidence, view.Sentence.Index);
                    if (roleAgents.Contains(a) && t.Type == EntityTypes.Organization)
                    {
                        // 作为组长单位…联合成立了B: a founding unit of B is one of its units
                        yield return new RelationCandidate(RelationTypes.MemberOf, a, t, trigger.Confidence - 0.1, view.Sentence.Index);
                    }
                }
            }
        }
    }
}
