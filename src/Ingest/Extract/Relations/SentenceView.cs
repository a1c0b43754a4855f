using KnowledgeGraph.Ingest.Extract.Lexicons;
using KnowledgeGraph.Ingest.Extract.Sentences;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Ingest.Extract.Relations;

/// <summary>
/// One sentence with its top-level mentions in order, and the helpers the relation rules share: clauses,
/// enumerations joined by 、/和/与, and finding trigger words.
/// </summary>
public sealed class SentenceView(Sentence sentence, IReadOnlyList<Mention> mentions, IReadOnlyList<Mention> nested, Mention? currentEvent, Mention? currentDelegation = null)
{
    private static readonly string[] Fillers = ["以及", "等单位", "等", "单位", "共同", "联合", "、", "，", ",", "和", "与", "及", "并", "同", "分别", "的", " "];

    public Sentence Sentence { get; } = sentence;

    public string Text => Sentence.Text;

    /// <summary>Top-level mentions (not nested) in text order.</summary>
    public IReadOnlyList<Mention> Mentions { get; } = mentions;

    /// <summary>The event the document is talking about at this point (named in the headline or an earlier sentence).</summary>
    public Mention? CurrentEvent { get; } = currentEvent;

    /// <summary>The delegation or survey group the document last named (the visitor of later 来到/调研 sentences).</summary>
    public Mention? CurrentDelegation { get; } = currentDelegation;

    /// <summary>Start of the clause (after the last ，；：) that contains <paramref name="pos"/>.</summary>
    public int ClauseStart(int pos)
    {
        for (var i = Math.Min(pos, Text.Length) - 1; i >= 0; i--)
        {
            if (Text[i] is '，' or ',' or '；' or ';' or '：' or ':' or '。')
            {
                return i + 1;
            }
        }

        return 0;
    }

    public int ClauseEnd(int pos)
    {
        for (var i = pos; i < Text.Length; i++)
        {
            if (Text[i] is '，' or ',' or '；' or ';' or '。' or '：' or ':')
            {
                return i;
            }
        }

        return Text.Length;
    }

    /// <summary>The enumeration of mentions of <paramref name="types"/> that ends right before <paramref name="pos"/> (only separators between).</summary>
    public List<Mention> ListBefore(int pos, params string[] types)
    {
        var list = new List<Mention>();
        var cursor = pos;
        for (var i = Mentions.Count - 1; i >= 0; i--)
        {
            var m = Mentions[i];
            if (m.End > cursor)
            {
                continue;
            }

            if (!IsFiller(Text[m.End..cursor]))
            {
                break;
            }

            if (!types.Contains(m.Type))
            {
                break;
            }

            list.Insert(0, m);
            cursor = m.Start;
        }

        return list;
    }

    /// <summary>The enumeration of mentions of <paramref name="types"/> that starts after <paramref name="pos"/>, allowing <paramref name="lead"/> chars of other text first.</summary>
    public List<Mention> ListAfter(int pos, int lead, params string[] types)
    {
        var list = new List<Mention>();
        var cursor = pos;
        foreach (var m in Mentions)
        {
            if (m.Start < cursor)
            {
                continue;
            }

            var gap = Text[cursor..m.Start];
            if (list.Count == 0 ? gap.Length > lead || gap.IndexOfAny(['，', ',', '；', '。']) >= 0 : !IsFiller(gap))
            {
                break;
            }

            if (!types.Contains(m.Type))
            {
                if (list.Count == 0)
                {
                    cursor = m.End;
                    continue;
                }

                break;
            }

            list.Add(m);
            cursor = m.End;
        }

        return list;
    }

    public IEnumerable<Mention> Between(int from, int to, string type) =>
        Mentions.Where(m => m.Type == type && m.Start >= from && m.End <= to);

    /// <summary>Mentions nested inside <paramref name="outer"/> (the body at the start of a meeting's name).</summary>
    public IEnumerable<Mention> NestedIn(Mention outer) => nested.Where(n => n.Start >= outer.Start && n.End <= outer.End);

    public static bool IsFiller(string gap)
    {
        var rest = gap;
        while (rest.Length > 0)
        {
            var hit = Fillers.FirstOrDefault(f => rest.StartsWith(f, StringComparison.Ordinal));
            if (hit is null)
            {
                return false;
            }

            rest = rest[hit.Length..];
        }

        return true;
    }

    public IEnumerable<(int Pos, Trigger Trigger)> Triggers(Text.CharTrie<Trigger> trie)
    {
        for (var i = 0; i < Text.Length; i++)
        {
            var len = trie.LongestAt(Text, i, out var t);
            if (len > 0)
            {
                yield return (i, t);
                i += len - 1;
            }
        }
    }

    public static bool IsAgent(Mention m) => m.Type is EntityTypes.Organization or EntityTypes.Person;
}
