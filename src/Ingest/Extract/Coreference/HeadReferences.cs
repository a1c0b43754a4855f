using KnowledgeGraph.Ingest.Extract.Lexicons;
using KnowledgeGraph.Ingest.Extract.Sentences;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Ingest.Extract.Coreference;

/// <summary>
/// 联盟成立至今，推动了…；该基地吸纳…: a bare head noun (optionally after 该/本) that opens a clause is the subject of that
/// clause and denotes the body with that head named last before it. Such a reference becomes a mention of that body, so
/// the relation rules see the subject that Chinese leaves as a head noun. A head noun before a title (学会理事长某某) is
/// the body of that post in the same way.
/// </summary>
internal static class HeadReferences
{
    /// <summary>Marks a mention made here: it resolves like 我厅 (see <see cref="Organizations.IssuerReferences.RefersTo"/>) but is no alias.</summary>
    public const string Reference = "headReference";

    private const int MinHead = 2;
    private const int MaxHead = 3;

    // what follows a head noun that is a modifier, not a subject (联盟成员单位, 基地内, 学会的章程, 工作站名称)
    private static readonly string[] NotSubject = ["名称", "名单", "成员", "会员", "秘书", "理事", "章程", "内", "的", "各", "和", "与", "、", "等", "是否"];

    public static void Add(List<(Sentence Sentence, List<Mention> Top)> sentences, Lexicon lexicon)
    {
        var lastByHead = new Dictionary<string, Mention>(StringComparer.Ordinal);
        var byHead = lastByHead.GetAlternateLookup<ReadOnlySpan<char>>(); // probed at many positions: no substring per probe
        foreach (var (sentence, top) in sentences)
        {
            var s = sentence.Text;
            var added = new List<Mention>();
            var next = 0;
            foreach (var (start, titleOnly) in ClauseStarts(s, lexicon, lastByHead))
            {
                // bodies named earlier in this sentence are antecedents for its later clauses
                for (; next < top.Count && top[next].End <= start; next++)
                {
                    Remember(top[next], lastByHead, lexicon);
                }

                var at = start < s.Length && s[start] is '该' or '本' ? start + 1 : start;
                for (var len = MaxHead; len >= MinHead; len--)
                {
                    if (at + len >= s.Length || !byHead.TryGetValue(s.AsSpan(at, len), out var antecedent)
                        || !(lexicon.Titles.LongestAt(s, at + len, out _) > 0 || (!titleOnly && (IsSubject(s, at + len) || IsCoordinatedSubject(s, at + len, top))))
                        || MentionLists.AnyOverlaps(top, at, at + len))
                    {
                        continue;
                    }

                    var m = new Mention(EntityTypes.Organization, s.Substring(at, len), sentence.Index, at, at + len) { Kind = antecedent.Kind };
                    m.Properties[Organizations.IssuerReferences.RefersTo] = antecedent.Text;
                    m.Properties[Reference] = "";
                    added.Add(m);
                    break;
                }
            }

            for (; next < top.Count; next++)
            {
                Remember(top[next], lastByHead, lexicon);
            }

            if (added.Count > 0)
            {
                top.AddRange(added);
                top.Sort((a, b) => a.Start.CompareTo(b.Start));
            }
        }
    }

    private static void Remember(Mention m, Dictionary<string, Mention> lastByHead, Lexicon lexicon)
    {
        if (m.Body is { } body && m.Type == EntityTypes.Organization)
        {
            Remember(body, lastByHead, lexicon); // 代表团由协会会长某某率领: 协会 is the delegation's body
        }

        if (m.Type != EntityTypes.Organization || m.Text.Length <= MaxHead)
        {
            return;
        }

        for (var len = MaxHead; len >= MinHead; len--)
        {
            var head = m.Text[^len..];
            if (lexicon.OrgSuffixes.LongestAt(head, 0, out var suffix) == len && suffix.Strength != SuffixStrength.Internal)
            {
                lastByHead[head] = m;
                return;
            }
        }
    }

    /// <summary>联盟与兴业银行…签署: a head noun joined by 与/和 to a named body is one of the subjects, not a modifier.</summary>
    private static bool IsCoordinatedSubject(string s, int after, List<Mention> top) =>
        after + 1 < s.Length && s[after] is '与' or '和' && top.Any(t => t.Start == after + 1 && t.Type == EntityTypes.Organization);

    private static bool IsSubject(string s, int after) =>
        after < s.Length && Text.Chars.IsCjk(s[after]) && !NotSubject.Any(w => string.CompareOrdinal(s, after, w, 0, w.Length) == 0);

    /// <summary>Where a clause starts (a head noun there may be its subject), and where a list item or a phrase after a
    /// boundary word starts (代表团由协会会长某某率领, 成员包括协会副会长某某: a head noun there counts only before a title).</summary>
    private static IEnumerable<(int Start, bool TitleOnly)> ClauseStarts(string s, Lexicon lexicon, Dictionary<string, Mention> heads)
    {
        yield return (0, false);
        for (var i = 0; i < s.Length - 1; i++)
        {
            if (s[i] is '，' or ',' or '；' or ';' or '：' or ':')
            {
                yield return (i + 1, false);
            }
            else if (heads.Count > 0 && (s[i] == '、' || lexicon.BoundaryWords.EndsAt(s, i + 1, 3, out _)))
            {
                yield return (i + 1, true);
            }
        }
    }
}
