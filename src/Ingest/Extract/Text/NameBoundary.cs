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
    private const int MaxWalk = 40;

    private static readonly string[] NationalPrefixes = ["中国", "全国", "国家", "国际", "世界", "中华", "中央", "中共", "全球", "海峡两岸"];

    public readonly record struct Result(int Start, bool Anchored);

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
                // events may enumerate places inside the name (粤、湘、闽海智基地工作座谈会): only single places
                if (j - 2 >= limit && lexicon.Places.LongestAt(s, j - 2, out _) == 1)
                {
                    j--;
                    continue;
                }

                break;
            }

            if (c is '与' or '和' or '及')
            {
                if (c == '及' || IsAnchor(s, j, suffixStart, documentAnchors, eventNames) || EndsWithOrgSuffix(s, j - 1))
                {
                    break;
                }

                j--;
                continue;
            }

            if (j < suffixStart && boundaries.EndsAt(s, j, 4, out _))
            {
                break;
            }

            j--;
        }

        if (j >= suffixStart)
        {
            return new Result(-1, false);
        }

        for (var k = j; k < suffixStart; k++)
        {
            if (IsAnchor(s, k, suffixStart, documentAnchors, eventNames))
            {
                return new Result(k, true);
            }
        }

        return lexicon.GenericHeads.LongestAt(s, j, out _) > 0 ? new Result(-1, false) : new Result(j, false);
    }

    /// <summary>Does a proper name start at <paramref name="k"/>?</summary>
    public bool IsAnchor(string s, int k, int limit, CharTrie<bool>? documentAnchors, bool eventNames)
    {
        var c = s[k];
        if (Chars.IsOpenQuote(c) && c != '"')
        {
            return true;
        }

        if (Chars.IsLatin(c))
        {
            return k == 0 || !Chars.IsLatin(s[k - 1]);
        }

        if (eventNames && (IsYear(s, k) || IsEdition(s, k)))
        {
            return true;
        }

        var len = lexicon.Places.LongestAt(s, k, out _);
        if (len == 0 && documentAnchors is not null)
        {
            len = documentAnchors.LongestAt(s, k, out _);
        }

        if (len > 0 && k + len <= limit)
        {
            // 西北地区省市科协, 广东各级科协: a place followed by a generic word is not a name's prefix
            return k + len == limit || lexicon.GenericHeads.LongestAt(s, k + len, out _) == 0;
        }

        var known = lexicon.KnownOrganizations.LongestAt(s, k, out _);
        if (known > 0 && k + known <= limit)
        {
            return true;
        }

        foreach (var p in NationalPrefixes)
        {
            if (string.CompareOrdinal(s, k, p, 0, p.Length) == 0 && k + p.Length < limit)
            {
                var next = s[k + p.Length];
                return next is not ('化' or '性' or '上' or '内' or '外' or '级') && lexicon.GenericHeads.LongestAt(s, k + p.Length, out _) == 0;
            }
        }

        return false;
    }

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

        return n == 4 && k + n < s.Length && Chars.IsCjk(s[k + n]);
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
