using KnowledgeGraph.Ingest.Extract.Lexicons;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Ingest.Extract.Relations;

/// <summary>MET_WITH (rule 9): the named party before 会见/会谈/拜会 and the first named person (else body) after it.</summary>
public sealed class MetWithRule(Lexicon lexicon) : IRelationRule
{
    private readonly Text.CharTrie<Trigger> triggers = lexicon.TriggersOf(RelationTypes.MetWith);

    public IEnumerable<RelationCandidate> Apply(SentenceView view)
    {
        foreach (var (pos, trigger) in view.Triggers(triggers))
        {
            var source = view.Mentions.LastOrDefault(m => m.Type == EntityTypes.Person && m.End <= pos && m.Start >= view.ClauseStart(pos));
            if (source is null)
            {
                continue;
            }

            var end = view.ClauseEnd(pos);
            var after = view.Mentions.Where(m => m.Start >= pos && m.End <= end).ToList();
            var target = after.FirstOrDefault(m => m.Type == EntityTypes.Person) ?? after.FirstOrDefault(m => m.Type == EntityTypes.Organization);
            if (target is not null)
            {
                yield return new RelationCandidate(RelationTypes.MetWith, source, target, trigger.Confidence, view.Sentence.Index);
            }
        }
    }
}
