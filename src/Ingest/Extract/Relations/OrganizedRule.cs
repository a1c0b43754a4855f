using KnowledgeGraph.Ingest.Extract.Lexicons;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Ingest.Extract.Relations;

/// <summary>
/// ORGANIZED from sponsor wording (rule 2): the organisations enumerated right before 主办/承办/协办/指导/支持 hold that
/// role for the event(s) that follow in the sentence (由A主办，B、C承办的E; A支持举办了E1、E2). 召开/举办 need the
/// agent written right before them. A governance meeting (代表大会) is hosted by the body its name starts with.
/// </summary>
public sealed class OrganizedRule(Lexicon lexicon) : IRelationRule
{
    private static readonly string[] BackReferences = ["本次", "此次", "本届", "该活动", "该会议"];
    private readonly Text.CharTrie<Trigger> triggers = lexicon.TriggersOf(RelationTypes.Organized);

    private static readonly string[] RoleNouns = ["单位", "机构", "方"];

    /// <summary>支持单位, 支持 + 机构: the trigger names a role (its own last word or the word after it), not an act.</summary>
    private static bool NamesRole(string text, int pos, Trigger trigger)
    {
        var after = pos + trigger.Word.Length;
        return RoleNouns.Any(n => trigger.Word.EndsWith(n, StringComparison.Ordinal) || string.CompareOrdinal(text, after, n, 0, n.Length) == 0);
    }

    /// <summary>
    /// Where the counted subject of "…是/为…的" ends: 是 or 为 in the clause before <paramref name="pos"/>, with any
    /// "等12个国际机构" between the last body and the copula skipped; -1 when the clause has no copula.
    /// </summary>
    private static int CopulaBefore(SentenceView view, int pos)
    {
        var clause = view.ClauseStart(pos);
        if (pos <= clause)
        {
            return -1; // the trigger opens its clause (主办：…): nothing before it
        }

        var copula = view.Text.LastIndexOfAny(['是', '为'], pos - 1, pos - clause);
        if (copula <= clause || view.Text.IndexOf('的', copula, pos - copula) < 0)
        {
            return -1;
        }

        var last = view.Mentions.LastOrDefault(m => m.End <= copula && m.Start >= clause);
        if (last is null)
        {
            return -1;
        }

        var gap = view.Text.AsSpan(last.End, copula - last.End).Trim();
        return gap.Length <= 12 && !gap.ContainsAny('，', '；', '。') && (gap.IsEmpty || gap[^1] is '构' or '位' or '织' or '门' or '家' or '方') ? last.End : -1;
    }

    /// <summary>大会由…, 对接会由…: a bare event head (an event suffix of the lexicon) right before a 由.</summary>
    private bool EventHeadBeforeBy(string s)
    {
        for (var k = s.IndexOf('由'); k > 0; k = s.IndexOf('由', k + 1))
        {
            if (lexicon.EventSuffixes.EndsAt(s, k, 4, out _))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Leads = ["率领", "带领", "率"];

    /// <summary>A副部长B率领C调研组一行…召开E: the group led holds the meeting, not the body its leader belongs to.</summary>
    private static Mention? LedGroup(SentenceView view, int clause, int pos) =>
        view.Mentions.FirstOrDefault(m => m.Type == EntityTypes.Organization && m.Start > clause && m.End <= pos
            && Text.Chars.WordBefore(view.Text, m.Start, Leads) > 0);

    public IEnumerable<RelationCandidate> Apply(SentenceView view)
    {
        foreach (var (pos, trigger) in view.Triggers(triggers))
        {
            var agents = view.ListBefore(pos, EntityTypes.Organization);
            if (agents.Count == 0 && NamesRole(view.Text, pos, trigger) && CopulaBefore(view, pos) is var copula and >= 0)
            {
                // A、B等12个机构是本次大会的支持单位: the bodies before 是/为 hold the role
                agents = view.ListBefore(copula, EntityTypes.Organization);
            }
            if (agents.Count == 0 && trigger.Word is "召开" or "举办" or "举行")
            {
                // 省科协及时组织召开E, 市科协连续举办3场E: the clause's subject holds the meeting
                var clause = view.ClauseStart(pos);
                var subject = LedGroup(view, clause, pos) ?? view.Mentions.FirstOrDefault(m => m.Start >= clause && m.End <= pos);
                if (subject is { Type: EntityTypes.Organization })
                {
                    agents = [subject];
                }
            }

            if (agents.Count == 0)
            {
                continue;
            }

            agents.InsertRange(0, view.JoinedBefore(agents[0].Start).Where(a => !agents.Contains(a)));
            var events = view.Mentions.Where(m => m.Type == EntityTypes.Event && m.Start >= pos).ToList();
            List<Mention> targets;
            if (events.Count > 0 && (trigger.Role != "host" || trigger.Word.Contains('主') || events[0].Start - pos <= 12))
            {
                targets = view.ListAfter(events[0].Start, 0, EntityTypes.Event);
            }
            else if (view.Mentions.LastOrDefault(m => m.Type == EntityTypes.Event && m.End <= agents[0].Start) is { } named
                && view.Text.AsSpan(named.End, agents[0].Start - named.End).Contains('由'))
            {
                // E由A主办，B承办: the event is named first
                targets = [named];
            }
            else if (view.CurrentEvent is not null && events.Count == 0 && (BackReferences.Any(r => view.Text.Contains(r, StringComparison.Ordinal)) || EventHeadBeforeBy(view.Text)))
            {
                // 本次活动由A主办, 对接会由A主办: the event the document is about
                targets = [view.CurrentEvent];
            }
            else
            {
                continue;
            }

            foreach (var a in agents)
            {
                foreach (var e in targets)
                {
                    yield return new RelationCandidate(RelationTypes.Organized, a, e, trigger.Confidence, view.Sentence.Index) { Role = trigger.Role ?? "host" };
                }
            }
        }

        foreach (var e in view.Mentions.Where(m => m.Type == EntityTypes.Event && m.IsGovernance))
        {
            var owner = e.Body ?? view.Mentions.Concat(view.NestedIn(e)).FirstOrDefault(m => m.Type == EntityTypes.Organization && m.Start == e.Start && m.End < e.End);
            if (owner is not null)
            {
                yield return new RelationCandidate(RelationTypes.Organized, owner, e, 0.8, view.Sentence.Index) { Role = "host" };
            }
        }
    }
}
