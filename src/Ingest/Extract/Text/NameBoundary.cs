using KnowledgeGraph.Ingest.Extract.Lexicons;

namespace KnowledgeGraph.Ingest.Extract.Text;

/// <summary>
/// Finds where a name begins, reading leftwards from its suffix without word segmentation. The walk stops at
/// punctuation, at a boundary word (function word, verb) and at 与/和 when what follows is itself a proper name
/// (A与B联盟 is two names, 科学与工程实验室 one). Inside the walked span the name starts at its leftmost
/// proper-name anchor (a place, 中国/国家/国际…, a known body, quotes, Latin letters, a year or edition); without
/// an anchor the caller decides whether the bare span is acceptable.
/// </summary>
public sealed class NameBoundary(Lexicon lexicon)
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> surnames = lexicon.SingleSurnames.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxWalk = 40;

    public readonly record struct Result(int Start, bool Anchored, bool NationalOnly = false);

    /// <summary>The start of the name whose suffix begins at <paramref name="suffixStart"/>, or -1 when none is acceptable.</summary>
    public Result FindStart(string s, int suffixStart, int minStart, CharTrie<bool> boundaries, bool eventNames, CharTrie<bool>? documentAnchors)
    {
        var j = suffixStart;
        var limit = Math.Max(minStart, suffixStart - MaxWalk);
        while (j > limit)
        {
            var c = s[j - 1];
            if (Chars.IsCloseBracket(c))
            {
                var open = FindOpen(s, j - 1, limit, Chars.IsOpenBracket, 12);
                if (open < 0)
                {
                    break;
                }

                j = open;
                continue;
            }

            if (Chars.IsCloseQuote(c) && c != '"')
            {
                var open = FindOpen(s, j - 1, limit, Chars.IsOpenQuote, MaxWalk);
                if (open < 0)
                {
                    break;
                }

                j = open;
                continue;
            }

            // PDF text puts spaces between Latin/digits and Chinese (IEEE 机器人学会, 2015 世界机器人大会)
            if (c == ' ' && j - 2 >= limit && (Chars.IsLatin(s[j - 2]) || Chars.IsDigit(s[j - 2])) && Chars.IsCjk(s[j]))
            {
                j--;
                continue;
            }

            // 太行—中北智能感知联合研究中心: one dash between the partners of a joint body's name ("——" sets off a phrase)
            if (c == '—' && j - 2 >= limit && Chars.IsCjk(s[j - 2]) && j < s.Length && Chars.IsCjk(s[j]))
            {
                j--;
                continue;
            }

            if (!Chars.IsNameChar(c) && c != '、')
            {
                break;
            }

            if (c == '、' && !eventNames)
            {
                break;
            }

            if (c == '、')
            {
                // events may enumerate places inside the name (粤、湘、闽海智基地工作座谈会): only one-character short names
                if (j - 2 >= limit && lexicon.PlaceAbbreviations.Contains(s.AsSpan(j - 2, 1)) && (j - 3 < limit || !Chars.IsCjk(s[j - 3]) || boundaries.EndsAt(s, j - 2, 4, out _)))
                {
                    j--;
                    continue;
                }

                break;
            }

            // 安托万·杜邦与代表团: a middle dot joins the parts of a foreign person's name, never an organisation's
            if (!eventNames && c is '·' or '・' or '•')
            {
                break;
            }

            if (c is '与' or '和' or '及')
            {
                // A与代表团: a conjunction right before the suffix joins two phrases, it is not inside one name
                // 党组成员孙某及科技开发交流中心: 及 after a title (and a name) ends a list of people and bodies
                // 参与, 以及: a boundary word that ends with the conjunction is a verb or a connective, never inside a name
                if (j == suffixStart || (boundaries.EndsAt(s, j, 4, out var verb) && verb > 1) || (c == '及' && TitleEndsNear(s, j - 1)) || IsAnchor(s, j, suffixStart, documentAnchors, eventNames) || EndsWithOrgSuffix(s, j - 1) || s[j] is '省' or '市')
                {
                    break;
                }

                j--;
                continue;
            }

            // a boundary word inside a place (日本, 以色列), a known body (全国人民代表大会) or a longer word (系 in 系统) is
            // no boundary
            if (boundaries.EndsAt(s, j, 4, out var word) && !PlaceEndsAt(s, j, limit, documentAnchors)
                && lexicon.Places.LongestAt(s, j - word, out _) <= word && !InsideKnownBody(s, j - word, j, limit)
                && lexicon.SuffixBlockers.LongestAt(s, j - word, out _) <= word && !NamesTrade(s, j, word) && !InsideOrdinaryWord(s, j, word, limit)
                && (!eventNames || lexicon.OrgSuffixes.LongestAt(s, j - word, out _) <= word)) // 有 of 有限公司 inside an event's name
            {
                break;
            }

            // a counted phrase (两个基地, 16家单位): the measure word and the number are not part of the name
            var before = j - 2 >= 0 && s[j - 2] == ' ' ? j - 3 : j - 2;
            if (IsMeasure(c) && before >= 0 && (Chars.IsDigit(s[before]) || Numerals.Contains(s[before])))
            {
                break;
            }

            if (Chars.IsDigit(c) && !eventNames)
            {
                break;
            }

            // events: a title or a person's post before a name ends the event's name (副部长张某作活动总结); a title word
            // not followed by a surname is part of it (院士专家与企业家座谈会, 第三届委员会第五次全体会议)
            if (lexicon.Titles.EndsAt(s, j, 6, out _) && j < s.Length && surnames.Contains(s.AsSpan(j, 1)))
            {
                if (eventNames)
                {
                    break;
                }

                if (j < suffixStart - 1 && !PlaceAcross(s, j))
                {
                    // 院士周建平作委员会年度工作报告: the words before the suffix are a person and a verb, not a body's name
                    // (中国银行长沙分行 is not: 行长 + a place)
                    return new Result(-1, false);
                }
            }

            j--;
        }

        j = AfterEnumerator(s, j, suffixStart);
        if (j >= suffixStart)
        {
            return new Result(-1, false);
        }

        for (var k = j; k < suffixStart; k++)
        {
            var kind = AnchorAt(s, k, suffixStart, documentAnchors, eventNames);
            if (kind > 0 && k - 1 > j && Chars.IsOpenBracket(s[k - 1]) && !eventNames)
            {
                return new Result(j, true); // 正大制药（青岛）有限公司: a place in brackets qualifies the name written before it
            }

            if (kind > 0)
            {
                // 全芬兰华人科技协会, 全美华人…: 全 before a country belongs to the society's name
                var whole = k > j && s[k - 1] == '全' && lexicon.Places.LongestAt(s, k, out var level) > 0 && level == PlaceLevel.Country;
                return new Result(whole ? k - 1 : k, true, kind == 2);
            }
        }

        return lexicon.GenericHeads.LongestAt(s, j, out _) > 0 ? new Result(-1, false) : new Result(j, false);
    }

    /// <summary>Does a proper name start at <paramref name="k"/>?</summary>
    public bool IsAnchor(string s, int k, int limit, CharTrie<bool>? documentAnchors, bool eventNames) =>
        AnchorAt(s, k, limit, documentAnchors, eventNames) > 0;

    /// <summary>0: no anchor; 1: a proper name starts here; 2: only a national/international word (国际, 中国) starts here.</summary>
    private int AnchorAt(string s, int k, int limit, CharTrie<bool>? documentAnchors, bool eventNames)
    {
        var c = s[k];
        if (Chars.IsOpenQuote(c) && c != '"')
        {
            return 1;
        }

        if (Chars.IsLatin(c))
        {
            // a word of an e-mail address or a web address (kxzc@hfkx.com市…) is no name's start
            return k == 0 || !(Chars.IsLatin(s[k - 1]) || s[k - 1] is '.' or '@' or '/') ? 1 : 0;
        }

        if (eventNames && (IsYear(s, k) || IsEdition(s, k)))
        {
            return 1;
        }

        var len = lexicon.Places.LongestAt(s, k, out _);
        if (len == 0 && documentAnchors is not null)
        {
            len = documentAnchors.LongestAt(s, k, out _);
        }

        if (len > 0)
        {
            // 西北地区省市科协, 广东各级科协: a place followed by a generic word is not a name's prefix; 成渝地区双城经济圈…:
            // "地区" itself is, when a proper part follows it
            var generic = k + len >= limit ? 0 : lexicon.GenericHeads.LongestAt(s, k + len, out _);
            if (generic == 0)
            {
                return 1;
            }

            // 四川省高校院所技术转移联盟, 湖南省高端精密轴承工程技术研究中心: a descriptive word after the place with a long
            // proper part after it is part of the name; with little or nothing after it (广东省高校科协, 全省重点企业科协)
            // it describes a category
            var rest = k + len + generic;
            if (limit - rest >= 4 && lexicon.GenericHeads.LongestAt(s, rest, out _) == 0)
            {
                return 1;
            }

            var region = k + len + 2;
            return string.CompareOrdinal(s, k + len, "地区", 0, 2) == 0 && region < limit && lexicon.GenericHeads.LongestAt(s, region, out _) == 0 ? 1 : 0;
        }

        var known = lexicon.KnownOrganizations.LongestAt(s, k, out _);
        if (known > 0 && k + known <= limit)
        {
            return 1;
        }

        // 全德华人科学家与工程师协会, 旅法…: a society abroad is named after its country, however the country is written
        var overseas = lexicon.OverseasPrefixes.LongestAt(s, k, out _);
        if (overseas > 0 && k + overseas < limit)
        {
            return 1;
        }

        var national = lexicon.NationalPrefixes.LongestAt(s, k, out _);
        if (national > 0 && k + national < limit)
        {
            var next = s[k + national];
            return next is not ('化' or '性' or '上' or '内' or '外' or '级') && lexicon.GenericHeads.LongestAt(s, k + national, out _) == 0 ? 2 : 0;
        }

        return 0;
    }

    /// <summary>Does a place name start at or just before <paramref name="at"/> and run past it?</summary>
    private bool PlaceAcross(string s, int at)
    {
        for (var k = Math.Max(0, at - 3); k <= at; k++)
        {
            if (lexicon.Places.LongestAt(s, k, out _) > at - k)
            {
                return true;
            }
        }

        return false;
    }

    private bool TitleEndsNear(string s, int end)
    {
        for (var e = end; e >= Math.Max(1, end - 3); e--)
        {
            if (lexicon.Titles.EndsAt(s, e, 8, out _))
            {
                return true;
            }
        }

        return false;
    }

    private bool PlaceEndsAt(string s, int end, int limit, CharTrie<bool>? documentAnchors)
    {
        for (var k = Math.Max(limit, end - 6); k < end; k++)
        {
            if (lexicon.Places.LongestAt(s, k, out _) == end - k || (documentAnchors is not null && documentAnchors.LongestAt(s, k, out _) == end - k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Is the word [<paramref name="from"/>, <paramref name="to"/>) strictly inside a known body's name? A body that starts
    /// with the word (联合 of 联合国 in 联合国家发展改革委) does not count: there the word is as likely a verb.
    /// </summary>
    private bool InsideKnownBody(string s, int from, int to, int limit)
    {
        for (var k = Math.Max(limit, from - 16); k < from; k++)
        {
            if (lexicon.KnownOrganizations.LongestAt(s, k, out _) is var len && k + len >= to)
            {
                return true;
            }
        }

        return false;
    }

    private const string Numerals = "一二两三四五六七八九十百千几多数余";

    /// <summary>
    /// Is the name starting at <paramref name="start"/> a category rather than one body: counted (5家江西省重点实验室,
    /// 两个基地) or distributed (各设区市科技局)?
    /// </summary>
    public static bool IsCategory(string s, int start)
    {
        if (start >= 1 && s[start - 1] == '各')
        {
            return true;
        }

        var before = start - 2;
        return before >= 0 && IsMeasure(s[start - 1]) && (Chars.IsDigit(s[before]) || Numerals.Contains(s[before]));
    }

    /// <summary>Does a word of boundary_exceptions.txt cover the boundary word ending at <paramref name="end"/> and run past
    /// it on one side (功 of 功率 before 率, 接 of 对接 after 对)?</summary>
    private bool InsideOrdinaryWord(string s, int end, int word, int limit)
    {
        for (var k = Math.Max(limit, end - word - 3); k <= end - word; k++)
        {
            if (lexicon.BoundaryExceptions.LongestAt(s, k, out _) is var len && len > word && k + len >= end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>宏筑建设集团: a trade word right before a company suffix belongs to the company's name.</summary>
    private bool NamesTrade(string s, int end, int word) =>
        lexicon.TradeWords.LongestAt(s, end - word, out _) == word
        && lexicon.OrgSuffixes.LongestAt(s, end, out var suffix) > 0 && suffix.Kind == Model.Ontology.OrganizationKinds.Enterprise;

    /// <summary>An item number in brackets ((三), （12）) opens a list line; it is never part of the name after it.</summary>
    private static int AfterEnumerator(string s, int j, int end)
    {
        if (j >= end || !Chars.IsOpenBracket(s[j]))
        {
            return j;
        }

        var k = j + 1;
        while (k < end && (Chars.IsDigit(s[k]) || Numerals.Contains(s[k])))
        {
            k++;
        }

        return k > j + 1 && k < end && Chars.IsCloseBracket(s[k]) ? k + 1 : j;
    }

    private static bool IsMeasure(char c) => c is '个' or '家' or '名' or '位' or '项' or '场' or '批' or '所' or '种' or '类';

    private static bool IsYear(string s, int k)
    {
        if (k > 0 && Chars.IsDigit(s[k - 1]))
        {
            return false;
        }

        var n = 0;
        while (k + n < s.Length && Chars.IsDigit(s[k + n]))
        {
            n++;
        }

        if (k + n < s.Length && s[k + n] == ' ')
        {
            n++;
        }

        return n >= 4 && k + n < s.Length && Chars.IsCjk(s[k + n]);
    }

    private static bool IsEdition(string s, int k) =>
        s[k] == '第' && k + 2 < s.Length && (Chars.IsDigit(s[k + 1]) || "一二三四五六七八九十百".Contains(s[k + 1]));

    private bool EndsWithOrgSuffix(string s, int end)
    {
        for (var k = Math.Max(0, end - 6); k < end; k++)
        {
            if (lexicon.OrgSuffixes.LongestAt(s, k, out _) == end - k)
            {
                return true;
            }
        }

        return false;
    }

    private static int FindOpen(string s, int close, int limit, Func<char, bool> isOpen, int maxDistance)
    {
        for (var i = close - 1; i >= Math.Max(limit, close - maxDistance); i--)
        {
            if (isOpen(s[i]))
            {
                return i;
            }

            if (Chars.IsSentenceEnd(s[i]))
            {
                return -1;
            }
        }

        return -1;
    }
}
