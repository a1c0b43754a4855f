using KnowledgeGraph.Ingest.Extract.Lexicons;
using KnowledgeGraph.Ingest.Extract.Sentences;
using KnowledgeGraph.Ingest.Extract.Text;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Ingest.Extract.Relations;

/// <summary>
/// One sentence with its top-level mentions in order, and the helpers the relation rules share: clauses,
/// enumerations joined by 、/和/与, and finding trigger words.
/// </summary>
public sealed class SentenceView(Sentence sentence, IReadOnlyList<Mention> mentions, IReadOnlyList<Mention> nested, Mention? currentEvent, Mention? currentDelegation = null, Mention? currentAlliance = null)
{
    private static readonly string[] Fillers = ["以及", "等单位", "等", "单位", "共同", "联合", "、", "，", ",", "和", "与", "及", "并", "同", "分别", "的", " "];

    public Sentence Sentence { get; } = sentence;

    public string Text => Sentence.Text;

    /// <summary>Top-level mentions (not nested) in text order.</summary>
    public IReadOnlyList<Mention> Mentions { get; } = mentions;

    /// <summary>The event the document is talking about at this point (named in the headline or an earlier sentence).</summary>
    public Mention? CurrentEvent { get; } = currentEvent;

    /// <summary>The alliance or consortium the document last named (whose 成员单位 a sentence may list without naming it).</summary>
    public Mention? CurrentAlliance { get; } = currentAlliance;

    /// <summary>The delegation or survey group the document last named (the visitor of later 来到/调研 sentences).</summary>
    public Mention? CurrentDelegation { get; } = currentDelegation;

    /// <summary>The body whose own meeting (代表大会, 理事会, 成立大会) the sentence names, else the current event's; null when none.</summary>
    public Mention? MeetingBody => (Mentions.FirstOrDefault(m => m.IsGovernance || m.IsFounding) ?? CurrentEvent)?.Body;

    /// <summary>The bodies of the agreement the document last reported (whom a later 双方/三方 means).</summary>
    public IReadOnlyList<Mention> CurrentParties { get; init; } = [];

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

    /// <summary>
    /// The body a label such as 依托单位： or 建设单位： at <paramref name="labelStart"/> describes: in a table row the row's
    /// first body (its name column), elsewhere the body written last before the label (X（建设单位：A）).
    /// </summary>
    public Mention? LabelledBody(int labelStart) => Sentence.IsTableRow
        ? Mentions.FirstOrDefault(m => m.Type == EntityTypes.Organization && m.End <= labelStart)
        : Mentions.LastOrDefault(m => m.Type == EntityTypes.Organization && m.End <= labelStart);

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

    private static readonly string[] Joiners = ["联合", "会同", "携手"];

    /// <summary>Adverbs of acting together, written between a list of agents and their verb (A、B共同签署, 联合成立).</summary>
    public static readonly string[] Jointly = ["共同", "联合", "一起"];

    /// <summary>Length of 联合/会同/携手 starting at <paramref name="start"/>, 0 when none.</summary>
    public int JoinerAt(int start) => Chars.WordAt(Text, start, Joiners);

    /// <summary>
    /// 由A和B倡议发起，联合C、D等单位共同主办: the bodies written before 联合 (with at most a short verb of their own and a
    /// comma) act together with the enumeration that starts at <paramref name="listStart"/>.
    /// </summary>
    public List<Mention> JoinedBefore(int listStart)
    {
        var joiner = Chars.WordBefore(Text, listStart, Joiners);
        if (joiner == 0)
        {
            return [];
        }

        var k = listStart - joiner;
        while (k > 0 && Text[k - 1] is '，' or ',' or ' ')
        {
            k--;
        }

        for (var verb = 0; verb <= 4 && k - verb > 0; verb++)
        {
            if (verb > 0 && !Chars.IsCjk(Text[k - verb]))
            {
                break;
            }

            var list = ListBefore(k - verb, EntityTypes.Organization);
            if (list.Count > 0)
            {
                return list;
            }
        }

        return [];
    }

    public IEnumerable<Mention> Between(int from, int to, string type) =>
        Mentions.Where(m => m.Type == type && m.Start >= from && m.End <= to);

    /// <summary>Mentions nested inside <paramref name="outer"/> (the body at the start of a meeting's name).</summary>
    public IEnumerable<Mention> NestedIn(Mention outer) => nested.Where(n => n.Start >= outer.Start && n.End <= outer.End);

    public static bool IsFiller(string gap)
    {
        var rest = gap.AsSpan();
        while (rest.Length > 0)
        {
            var hit = DateLength(rest);
            for (var f = 0; hit == 0 && f < Fillers.Length; f++)
            {
                hit = rest.StartsWith(Fillers[f], StringComparison.Ordinal) ? Fillers[f].Length : 0;
            }

            if (hit == 0)
            {
                return false;
            }

            rest = rest[hit..];
        }

        return true;
    }

    /// <summary>
    /// A date between an agent and its verb (财政部2008年设立, 市科协于5月12日召开) is no break in the enumeration: the
    /// length of "于? digits 年|月|日|号 …" at the start of <paramref name="text"/>, 0 when there is none.
    /// </summary>
    private static int DateLength(ReadOnlySpan<char> text)
    {
        var k = text.Length > 0 && text[0] == '于' ? 1 : 0;
        var units = 0;
        while (true)
        {
            var digits = k;
            while (digits < text.Length && (char.IsAsciiDigit(text[digits]) || text[digits] == ' '))
            {
                digits++;
            }

            if (digits == k || digits >= text.Length || text[digits] is not ('年' or '月' or '日' or '号'))
            {
                break;
            }

            k = digits + 1;
            units++;
            while (k < text.Length && text[k] == ' ')
            {
                k++;
            }
        }

        return units > 0 ? k : 0;
    }

    public IEnumerable<(int Pos, Trigger Trigger)> Triggers(Text.CharTrie<Trigger> trie)
    {
        for (var i = trie.NextStart(Text, 0); i >= 0; i = trie.NextStart(Text, i))
        {
            var len = trie.LongestAt(Text, i, out var t);
            if (len > 0)
            {
                yield return (i, t);
            }

            i += Math.Max(len, 1);
        }
    }

    public static bool IsAgent(Mention m) => m.Type is EntityTypes.Organization or EntityTypes.Person;
}
