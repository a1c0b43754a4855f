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
    private readonly Text.CharTrie<Trigger> meetings = lexicon.TriggersOf(RelationTypes.Visited, RelationTypes.MetWith);

    public IEnumerable<RelationCandidate> Apply(SentenceView view)
    {
        foreach (var (pos, trigger) in view.Triggers(triggers))
        {
            var clause = view.ClauseStart(pos);
            var text = view.Text;
            var with = -1;
            for (var i = pos - 1; i >= clause; i--)
            {
                if ((text[i] == '与' || (text[i] == '同' && IsWith(text, i))) && !view.Mentions.Any(m => m.Start <= i && i < m.End)) // not the 与 inside a name
                {
                    with = i;
                    break;
                }
            }

            if (with < 0)
            {
                var jointly = Text.Chars.WordBefore(text, pos, SentenceView.Jointly);
                var signatories = jointly > 0 ? view.ListBefore(pos - jointly, EntityTypes.Organization) : [];
                if (signatories.Count >= 2)
                {
                    // A、B、C共同签署…协议: every pair of the signatories
                    var signed = InstrumentAfter(view, pos + trigger.Word.Length);
                    for (var a = 0; a < signatories.Count; a++)
                    {
                        for (var b = a + 1; b < signatories.Count; b++)
                        {
                            yield return new RelationCandidate(RelationTypes.PartnersWith, signatories[a], signatories[b], trigger.Confidence, view.Sentence.Index) { Instrument = signed };
                        }
                    }

                    continue;
                }

                if (BothSides(view, clause, pos) is var (one, other))
                {
                    yield return new RelationCandidate(RelationTypes.PartnersWith, one, other, trigger.Confidence, view.Sentence.Index)
                    {
                        Instrument = InstrumentAfter(view, pos + trigger.Word.Length),
                    };
                }

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

    /// <summary>
    /// A访问B，双方签署…: 双方 opening the trigger's clause means the two sides of the visit or meeting before it in the
    /// sentence — the body closest before the visiting/meeting verb and the one body after it (no guessing across
    /// sentences, rule 11).
    /// </summary>
    private (Mention, Mention)? BothSides(SentenceView view, int clause, int pos)
    {
        var both = view.Text.IndexOf("双方", clause, pos - clause, StringComparison.Ordinal);
        if (both < 0 || view.Mentions.Any(m => m.Start >= clause && m.End <= pos && m.Type == EntityTypes.Organization))
        {
            return null;
        }

        var meeting = view.Triggers(meetings).Where(t => t.Pos < clause).Select(t => t.Pos).DefaultIfEmpty(-1).Last();
        var before = view.Mentions.LastOrDefault(m => m.Type == EntityTypes.Organization && m.End <= meeting);
        var after = view.Mentions.Where(m => m.Type == EntityTypes.Organization && m.Start > meeting && m.End <= clause).DistinctBy(m => m.Text).ToList();
        return meeting >= 0 && before is not null && after.Count == 1 && after[0].Text != before.Text ? (before, after[0]) : null;
    }

    /// <summary>同 as "with" (A同B签署), not inside 共同, 协同, 同时, 同意 …</summary>
    private static bool IsWith(string s, int i) =>
        (i == 0 || s[i - 1] is not ('共' or '协' or '如' or '等' or '相' or '会')) && (i + 1 >= s.Length || s[i + 1] is not ('意' or '时' or '期' or '步' or '样' or '类' or '行' or '年'));

    private string? InstrumentAfter(SentenceView view, int pos)
    {
        var program = view.Mentions.FirstOrDefault(m => m.Type == EntityTypes.Program && m.Start >= pos && m.Start - pos <= 12);
        if (program is not null)
        {
            return program.Text;
        }

        var end = view.ClauseEnd(pos);
        var clause = view.Text[pos..end];
        foreach (var word in lexicon.InstrumentWords)
        {
            if (clause.Contains(word, StringComparison.Ordinal))
            {
                return word;
            }
        }

        return null;
    }
}
