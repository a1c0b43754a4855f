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

    public IEnumerable<RelationCandidate> Apply(SentenceView view)
    {
        foreach (var (pos, trigger) in view.Triggers(triggers))
        {
            if (Plans.Any(p => pos >= p.Length && string.CompareOrdinal(view.Text, pos - p.Length, p, 0, p.Length) == 0))
            {
                continue;
            }

            var clause = view.ClauseStart(pos);

            // the enumeration right before the trigger, else every agent of the clause, else the sentence's subject
            var agents = view.ListBefore(pos, EntityTypes.Organization, EntityTypes.Person);
            if (agents.Count == 0)
            {
                agents = view.Mentions.Where(m => SentenceView.IsAgent(m) && m.Start >= clause && m.End <= pos).ToList();
                if (agents.Any(a => a.Type == EntityTypes.Person))
                {
                    // 支持X常委、Y会长某某参与筹备Z: the person acts, the bodies only describe the person
                    agents = agents.Where(a => a.Type == EntityTypes.Person).ToList();
                }
            }

            if (agents.Count == 0 && view.Mentions.FirstOrDefault() is { Type: EntityTypes.Organization } subject && subject.End <= pos)
            {
                agents = [subject];
            }

            var targets = view.ListAfter(pos + trigger.Word.Length, 4, EntityTypes.Organization, EntityTypes.Program, EntityTypes.Event);
            if (targets.Count > 0 && view.Text.AsSpan(pos, targets[0].Start - pos).Contains('由'))
            {
                targets.Clear(); // 成立了由A组成的B: A is a member, not the founded body
            }

            foreach (var a in agents)
            {
                foreach (var t in targets.Where(t => t != a))
                {
                    yield return new RelationCandidate(RelationTypes.Founded, a, t, trigger.Confidence, view.Sentence.Index);
                }
            }
        }
    }
}
