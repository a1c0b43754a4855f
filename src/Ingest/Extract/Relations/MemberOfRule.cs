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

    public IEnumerable<RelationCandidate> Apply(SentenceView view)
    {
        foreach (var (pos, trigger) in view.Triggers(triggers))
        {
            var clause = view.ClauseStart(pos);
            if (trigger.Word == "加入")
            {
                var members = view.Mentions.Where(m => SentenceView.IsAgent(m) && m.Start >= clause && m.End <= pos).ToList();
                var bodies = view.ListAfter(pos + 2, 4, EntityTypes.Organization, EntityTypes.Program);
                foreach (var a in members)
                {
                    foreach (var b in bodies)
                    {
                        yield return new RelationCandidate(RelationTypes.MemberOf, a, b, trigger.Confidence, view.Sentence.Index);
                    }
                }

                continue;
            }

            if (lexicon.Titles.EndsAt(view.Text, pos + trigger.Word.Length, 8, out var title) && title > trigger.Word.Length)
            {
                continue; // 党组成员: a post, not membership
            }

            if (Text.Chars.WordBefore(view.Text, pos, ["作为"]) > 0)
            {
                continue; // B作为成员单位: B's role in a body named elsewhere, not membership of the body before B
            }

            // the body is the nearest organisation or programme before the noun, the members are before the body
            var body = view.Mentions.LastOrDefault(m => m.Type is EntityTypes.Organization or EntityTypes.Program && m.End <= pos && m.Start >= clause && pos - m.End <= 3);
            if (body is null)
            {
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
