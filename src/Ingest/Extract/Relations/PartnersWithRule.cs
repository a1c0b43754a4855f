using KnowledgeGraph.Ingest.Extract.Lexicons;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Ingest.Extract.Relations;

/// <summary>
/// PARTNERS_WITH: A与B签署/签订 协议, A与B…建立合作关系. A is the organisation before 与/同/和, the partners are the
/// organisations between it and the trigger; a signed document after the trigger is the instrument.
/// </summary>
public sealed class PartnersWithRule(Lexicon lexicon) : IRelationRule
{
    private readonly Text.CharTrie<Trigger> triggers = lexicon.TriggersOf(RelationTypes.PartnersWith);

    public IEnumerable<RelationCandidate> Apply(SentenceView view)
    {
        foreach (var (pos, trigger) in view.Triggers(triggers))
        {
            var clause = view.ClauseStart(pos);
            var text = view.Text;
            var with = -1;
            for (var i = pos - 1; i >= clause; i--)
            {
                if (text[i] is '与' or '同')
                {
                    with = i;
                    break;
                }
            }

            if (with < 0)
            {
                continue;
            }

            var sources = view.ListBefore(with, EntityTypes.Organization);
            if (sources.Count == 0)
            {
                sources = view.Mentions.Where(m => m.Type == EntityTypes.Organization && m.Start >= clause && m.End <= with).Take(1).ToList();
            }

            var partners = view.Between(with + 1, pos, EntityTypes.Organization).ToList();
            if (sources.Count == 0 || partners.Count == 0)
            {
                continue;
            }

            var instrument = InstrumentAfter(view, pos + trigger.Word.Length);
            foreach (var a in sources)
            {
                foreach (var b in partners.Where(b => b != a))
                {
                    yield return new RelationCandidate(RelationTypes.PartnersWith, a, b, trigger.Confidence, view.Sentence.Index) { Instrument = instrument };
                }
            }
        }
    }

    private static string? InstrumentAfter(SentenceView view, int pos)
    {
        var program = view.Mentions.FirstOrDefault(m => m.Type == EntityTypes.Program && m.Start >= pos && m.Start - pos <= 12);
        if (program is not null)
        {
            return program.Text;
        }

        var end = view.ClauseEnd(pos);
        var clause = view.Text[pos..end];
        foreach (var word in new[] { "合作备忘录", "谅解备忘录", "备忘录", "框架协议", "合作协议", "协议", "意向书" })
        {
            if (clause.Contains(word, StringComparison.Ordinal))
            {
                return word;
            }
        }

        return null;
    }
}
