using KnowledgeGraph.Ingest.Extract.Lexicons;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Ingest.Extract.Relations;

/// <summary>
/// ATTENDED (rule 8): people written before 出席/参加/致辞/主持/作报告 in the sentence attended the event named in
/// the sentence, or else the document's current event. An organisation attended when its people are said to have
/// taken part (X代表, X有关负责人, 某人代表X), not because a named person holds a post there.
/// </summary>
public sealed class AttendedRule(Lexicon lexicon) : IRelationRule
{
    private readonly Text.CharTrie<Trigger> personTriggers = lexicon.TriggersOf(RelationTypes.Attended);
    private readonly Text.CharTrie<Trigger> orgTriggers = lexicon.TriggersOf("ATTENDED_ORG");

    private static readonly Trigger Report = new(RelationTypes.Attended, "作…报告", null, 0.8);
    private static readonly string[] ReportLeads = ["了", "题为", "主题为", "以"];

    /// <summary>
    /// 作了《…》专题报告, 作题为《…》的主旨报告: a talk whose title stands between 作 and 报告 (a gap no trigger word spans).
    /// </summary>
    private static IEnumerable<(int Pos, Trigger Trigger)> TitledReports(string s)
    {
        for (var pos = s.IndexOf('作'); pos >= 0 && pos + 1 < s.Length; pos = s.IndexOf('作', pos + 1))
        {
            var k = pos + 1;
            for (var lead = Text.Chars.WordAt(s, k, ReportLeads); lead > 0; lead = Text.Chars.WordAt(s, k, ReportLeads))
            {
                k += lead;
            }

            if (k >= s.Length || s[k] != '《')
            {
                continue;
            }

            var close = s.IndexOf('》', k);
            // 分别作了《A》和《B》的报告, 《A》《B》的报告: one talk each, their titles side by side or joined by 和/、/与
            while (close > 0 && close + 2 < s.Length && (s[close + 1] == '《' || (s[close + 1] is '和' or '、' or '与' or '及' && s[close + 2] == '《')))
            {
                close = s.IndexOf('》', s.IndexOf('《', close));
            }

            var end = close < 0 ? -1 : s.IndexOf("报告", close, Math.Min(10, s.Length - close), StringComparison.Ordinal);
            if (end > 0 && s.AsSpan(close + 1, end - close - 1).IndexOfAny('，', '。', '；') < 0)
            {
                yield return (pos, Report);
            }
        }
    }

    public IEnumerable<RelationCandidate> Apply(SentenceView view)
    {
        var found = view.Triggers(personTriggers).Concat(TitledReports(view.Text)).OrderBy(f => f.Pos).ToList();
        var orgCues = view.Triggers(orgTriggers).ToList();
        if (found.Count == 0 && orgCues.Count == 0)
        {
            yield break;
        }

        var target = view.Mentions.FirstOrDefault(m => m.Type == EntityTypes.Event && found.Any(f => m.Start >= f.Pos))
            ?? view.Mentions.FirstOrDefault(m => m.Type == EntityTypes.Event)
            ?? view.CurrentEvent;
        if (target is null)
        {
            yield break;
        }

        foreach (var (pos, trigger) in found)
        {
            // people of this clause (strong triggers: anywhere before in the sentence)
            var from = trigger.Confidence >= 0.7 ? 0 : view.ClauseStart(pos);
            foreach (var p in view.Mentions.Where(m => m.Type == EntityTypes.Person && m.Start >= from && m.End <= pos))
            {
                yield return new RelationCandidate(RelationTypes.Attended, p, target, trigger.Confidence, view.Sentence.Index);
            }
        }

        foreach (var (pos, trigger) in orgCues)
        {
            var text = view.Text;
            if (trigger.Word == "代表")
            {
                // 某人代表X: the body after; X代表: the bodies before
                var after = view.ListAfter(pos + 2, 0, EntityTypes.Organization);
                if (after.Count > 0 && pos > 0 && view.Mentions.Any(m => m.Type == EntityTypes.Person && m.End == pos))
                {
                    foreach (var o in after)
                    {
                        yield return new RelationCandidate(RelationTypes.Attended, o, target, trigger.Confidence, view.Sentence.Index);
                    }

                    continue;
                }
            }

            var before = view.ListBefore(pos, EntityTypes.Organization);
            if (before.Count == 0 && pos > 0 && text[pos - 1] is '及' or '和')
            {
                continue;
            }

            foreach (var o in before)
            {
                yield return new RelationCandidate(RelationTypes.Attended, o, target, trigger.Confidence, view.Sentence.Index);
            }
        }
    }
}
