using KnowledgeGraph.Ingest.Extract.Lexicons;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Ingest.Extract.Relations;

/// <summary>
/// VISITED (rule 9): the delegation or person written before 参观/调研/走访/考察/莅临/来到 visited the organisations
/// enumerated after it. The delegation, not each member, is the source.
/// </summary>
public sealed class VisitedRule(Lexicon lexicon) : IRelationRule
{
    private readonly Text.CharTrie<Trigger> triggers = lexicon.TriggersOf(RelationTypes.Visited);

    public IEnumerable<RelationCandidate> Apply(SentenceView view)
    {
        var visitor = view.CurrentDelegation;
        foreach (var (pos, trigger) in view.Triggers(triggers))
        {
            var before = view.Mentions.Where(m => SentenceView.IsAgent(m) && m.End <= pos).ToList();
            // a delegation wins over its leader
            var subject = before.LastOrDefault(m => m.Type == EntityTypes.Organization && m.Kind == OrganizationKinds.Other) ?? before.LastOrDefault(m => m.Type == EntityTypes.Person);
            visitor = subject ?? visitor;
            if (visitor is null)
            {
                continue;
            }

            foreach (var t in view.ListAfter(pos + trigger.Word.Length, 4, EntityTypes.Organization).Where(t => t != visitor))
            {
                yield return new RelationCandidate(RelationTypes.Visited, visitor, t, trigger.Confidence, view.Sentence.Index);
            }
        }
    }
}
