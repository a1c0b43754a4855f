using KnowledgeGraph.Ingest.Extract.Sentences;
using KnowledgeGraph.Ingest.Extract.Text;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Ingest.Extract;

/// <summary>
/// Coordinated lists (A、B、C等X): a programme or event the recognisers missed for want of a proper-name anchor (未来地球计划
/// between 国际地圈生物圈计划 and 城市健康与福祉计划) is one when it sits between 、 and ends with the same head as its
/// recognised neighbour; the class noun after 等 that closes a list (等重要国际科学计划) is not a name. Organisations are left
/// to their recogniser, which already accepts bare names with strong suffixes: a bare 省市科协 in a list is a collective.
/// </summary>
public static class CoordinatedLists
{
    private const int MinItem = 4;
    private const int MaxItem = 24;
    private const int HeadLength = 2;
    private static readonly string[] ClassModifiers = ["重要", "多个", "多家", "相关", "知名", "一批", "各类", "其他"];

    public static void Complete(Sentence sentence, List<Mention> top)
    {
        var s = sentence.Text;
        top.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (var i = 0; i < top.Count; i++)
        {
            var m = top[i];
            if (m.Type is not (EntityTypes.Program or EntityTypes.Event) || m.Text.Length < HeadLength + 1)
            {
                continue;
            }

            var head = m.Text[^HeadLength..];
            if (Item(s, m.End, top, head) is var (start, end))
            {
                top.Insert(i + 1, new Mention(m.Type, s[start..end], sentence.Index, start, end)); // the next round continues the list from it
            }

            if (Before(s, m.Start, top, head) is var (bstart, bend))
            {
                top.Insert(i, new Mention(m.Type, s[bstart..bend], sentence.Index, bstart, bend));
                i++;
            }
        }

        DropClassNouns(s, top);
    }

    /// <summary>The unrecognised item after "、" at <paramref name="pos"/>, ending before 、/等/punctuation.</summary>
    private static (int Start, int End)? Item(string s, int pos, List<Mention> top, string head)
    {
        if (pos >= s.Length || s[pos] != '、')
        {
            return null;
        }

        var start = pos + 1;
        var end = start;
        while (end < s.Length && Chars.IsCjk(s[end]) && s[end] != '等' && end - start <= MaxItem)
        {
            end++;
        }

        return Accept(s, start, end, top, head) ? (start, end) : null;
    }

    /// <summary>The unrecognised item between two 、 that ends at <paramref name="end"/> - 1.</summary>
    private static (int Start, int End)? Before(string s, int end, List<Mention> top, string head)
    {
        if (end < 1 || s[end - 1] != '、')
        {
            return null;
        }

        var stop = end - 1;
        var start = stop;
        while (start > 0 && Chars.IsCjk(s[start - 1]) && stop - start <= MaxItem)
        {
            start--;
        }

        return start > 0 && s[start - 1] == '、' && Accept(s, start, stop, top, head) ? (start, stop) : null;
    }

    private static bool Accept(string s, int start, int end, List<Mention> top, string head) =>
        end - start is >= MinItem and <= MaxItem
        && string.CompareOrdinal(s, end - head.Length, head, 0, head.Length) == 0
        && (end == s.Length || s[end] is '、' or '等' || !Chars.IsCjk(s[end]))
        && !MentionLists.AnyOverlaps(top, start, end);

    /// <summary>A、B等重要国际科学计划: the mention right after 等 (and a modifier) that closes a list is a class noun.</summary>
    private static void DropClassNouns(string s, List<Mention> top) =>
        top.RemoveAll(m =>
        {
            var k = m.Start - Chars.WordBefore(s, m.Start, ClassModifiers);
            return m.Type is EntityTypes.Program or EntityTypes.Organization && k >= 2 && s[k - 1] == '等'
                && top.Any(t => t != m && t.End == k - 1 && t.Type == m.Type);
        });
}
