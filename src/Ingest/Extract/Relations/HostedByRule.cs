using KnowledgeGraph.Ingest.Extract.Lexicons;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Ingest.Extract.Relations;

/// <summary>
/// PART_OF from hosting (rule 4, a sub-body whose parent is written on its own): a lab, centre or base and the
/// bodies it is built on — "X，依托单位：A和B", "依托A建设的X", "X依托A建设". The trigger words are the PART_OF rows
/// of triggers.tsv; a trigger ending in 单位 introduces the hosts after a colon, the others name them directly.
/// </summary>
public sealed class HostedByRule(Lexicon lexicon) : IRelationRule
{
    private static readonly string[] BuildVerbs = ["建设", "组建", "成立", "设立", "共建", "建立"];
    private readonly Text.CharTrie<Trigger> triggers = lexicon.TriggersOf(RelationTypes.PartOf);

    public IEnumerable<RelationCandidate> Apply(SentenceView view)
    {
        foreach (var (pos, trigger) in view.Triggers(triggers))
        {
            var after = pos + trigger.Word.Length;
            var hosts = view.ListAfter(after, 2, EntityTypes.Organization);
            if (hosts.Count == 0)
            {
                continue;
            }

            // 依托A平台资源 (relying on A) is no hosting: without 单位 the hosts must be followed by a build verb
            var verb = Text.Chars.WordAt(view.Text, hosts[^1].End, BuildVerbs);
            var hosted = trigger.Word.EndsWith("单位", StringComparison.Ordinal)
                ? view.LabelledBody(pos)
                : verb == 0 ? null : BuiltAfter(view, hosts[^1].End + verb) ?? view.ListBefore(pos, EntityTypes.Organization).LastOrDefault();
            if (hosted is null || hosts.Contains(hosted))
            {
                continue;
            }

            foreach (var host in hosts)
            {
                yield return new RelationCandidate(RelationTypes.PartOf, hosted, host, trigger.Confidence, view.Sentence.Index);
            }
        }
    }

    /// <summary>依托A建设的X: the body named right after the build verb and 的, or null.</summary>
    private static Mention? BuiltAfter(SentenceView view, int verbEnd)
    {
        var k = verbEnd;
        if (k < view.Text.Length && view.Text[k] == '的')
        {
            k++;
        }

        return view.ListAfter(k, 0, EntityTypes.Organization).FirstOrDefault();
    }
}
