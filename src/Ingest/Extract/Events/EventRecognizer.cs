using KnowledgeGraph.Ingest.Extract.Lexicons;
using KnowledgeGraph.Ingest.Extract.Sentences;
using KnowledgeGraph.Ingest.Extract.Text;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Ingest.Extract.Events;

/// <summary>
/// Finds named events: an event suffix (大会, 论坛, 研讨会, 活动 …) with a distinguishing name before it — a year or
/// edition, quotes, a proper-name prefix, or (for strong suffixes) at least three characters of name after a boundary.
/// Weak suffixes (活动, 会议, 仪式) need the distinguishing part, so 揭牌仪式 or 党组会议 are not events (rule 8).
/// </summary>
public sealed class EventRecognizer(Lexicon lexicon)
{
    private const int MinBareCore = 3;
    private const int MaxQuoted = 40;
    private readonly NameBoundary boundary = new(lexicon);

    public List<Mention> Recognize(Sentence sentence, CharTrie<bool>? documentAnchors)
    {
        var s = sentence.Text;
        var found = new List<Mention>();
        for (var i = 0; i < s.Length; i++)
        {
            var len = lexicon.EventSuffixes.LongestAt(s, i, out var flag);
            if (len == 0)
            {
                continue;
            }

            if (i + len < s.Length && s[i + len] == '员')
            {
                continue; // 青年会员: 年会 here is part of 会员
            }

            if (lexicon.OrgSuffixes.LongestAt(s, i, out var place) > len && place.Kind == "Venue")
            {
                continue; // 北京国际会议中心: the event word opens a venue's name (rule 5)
            }

            if (flag == "ceremony")
            {
                i += len - 1; // 揭牌仪式, 颁奖仪式: an unnamed ceremony is no event (rule 8), nor is the 仪式 inside it
                continue;
            }

            var end = i + len;
            var result = QuotedStart(s, i, end) is var quoted and >= 0
                ? new NameBoundary.Result(quoted, Anchored: true)
                : boundary.FindStart(s, i, 0, lexicon.EventBoundaryWords, eventNames: true, documentAnchors);
            if (result.Start > 0 && Chars.IsOpenQuote(s[result.Start]))
            {
                result = result with { Start = YearBefore(s, result.Start) };
            }

            if (result.Start < 0)
            {
                continue;
            }

            var core = i - result.Start;
            if (flag == "weak" && result.NationalOnly)
            {
                continue; // 国际学术交流活动: a generic activity, not a named one
            }

            if (!result.Anchored && (flag == "weak" || core < MinBareCore || lexicon.NonNames.LongestAt(s, result.Start, out _) > 0))
            {
                continue;
            }

            if (core < 2)
            {
                continue;
            }

            // a bracketed edition or place right after the name belongs to it: 新闻发布会（2021年总第15场）, 大赛(广州南沙)
            if (end < s.Length && Chars.IsOpenBracket(s[end]))
            {
                var close = s.IndexOfAny([')', '）'], end);
                if (close > end && close - end <= 9 && s[(end + 1)..close].All(Chars.IsCjk) && !s[end..close].Contains("简称", StringComparison.Ordinal))
                {
                    end = close + 1;
                }
            }

            var text = s[result.Start..end];
            // 第十一届理事会第五次会议: a sitting of a governing organ is the body's own governance meeting whatever its suffix
            var governance = flag == "governance" || (flag is "plain" or "weak" && NamesGoverningOrgan(s, result.Start, i));
            var m = new Mention(EntityTypes.Event, Chars.TightenSpaces(Chars.WithoutAliasBrackets(StripOuterQuotes(text))), sentence.Index, result.Start, end) { IsGovernance = governance, IsFounding = flag == "founding" };
            found.Add(m);
        }

        JoinedByJi(s, sentence.Index, found);

        // the same event read from two suffixes (联席会议 / 会议): keep the longest per end, then drop contained ones
        var kept = new List<Mention>();
        foreach (var m in MentionLists.StableSorted(found, MentionLists.LongestThenEarliest)) // stable: equal spans keep the order found
        {
            if (!MentionLists.AnyOverlaps(kept, m))
            {
                kept.Add(m);
            }
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    private bool NamesGoverningOrgan(string s, int start, int suffixStart)
    {
        for (var k = lexicon.GoverningOrgans.NextStart(s, start); k >= 0 && k < suffixStart; k = lexicon.GoverningOrgans.NextStart(s, k + 1))
        {
            if (lexicon.GoverningOrgans.LongestAt(s, k, out _) is var len and > 0 && k + len <= suffixStart)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// X成立大会暨学术报告会: "A暨B" is one event named as written (rule 8). B's own walk stops at a verb inside A (成立), so
    /// an event ending right at 暨 and one running past it are joined into one mention with the flags of both.
    /// </summary>
    private static void JoinedByJi(string s, int sentenceIndex, List<Mention> found)
    {
        if (!s.Contains('暨'))
        {
            return; // most sentences: no list, no closure
        }

        foreach (var a in found.Where(a => a.End < s.Length && s[a.End] == '暨').ToList())
        {
            var b = found.Where(b => b.Start >= a.Start && b.Start <= a.End + 1 && b.End > a.End + 1).MaxBy(b => b.End);
            if (b is not null)
            {
                found.Add(new Mention(EntityTypes.Event, Chars.TightenSpaces(StripOuterQuotes(s[a.Start..b.End])), sentenceIndex, a.Start, b.End)
                {
                    IsGovernance = a.IsGovernance || b.IsGovernance,
                    IsFounding = a.IsFounding || b.IsFounding,
                });
            }
        }
    }

    /// <summary>
    /// “协同创新澳门论坛”, “海峡两岸及港澳科技合作论坛”: a suffix that closes a quotation names the whole quotation, whatever
    /// places or conjunctions are inside it. Where the name starts (after the opening quote), or -1.
    /// </summary>
    private static int QuotedStart(string s, int suffixStart, int suffixEnd)
    {
        if (suffixEnd >= s.Length || s[suffixEnd] != '”')
        {
            return -1;
        }

        for (var k = suffixStart - 1; k >= 0 && suffixStart - k <= MaxQuoted; k--)
        {
            switch (s[k])
            {
                case '“':
                    return suffixStart - k > 1 ? k + 1 : -1;
                case '”' or '。' or '；' or '！' or '？':
                    return -1;
            }
        }

        return -1;
    }

    /// <summary>2025“智汇烟台”…大赛, 2024年“…”活动: a year written right before the quoted name belongs to it.</summary>
    private static int YearBefore(string s, int start)
    {
        var k = start;
        if (k > 0 && s[k - 1] == '年')
        {
            k--;
        }

        var digits = k;
        while (digits > 0 && Chars.IsDigit(s[digits - 1]))
        {
            digits--;
        }

        return k - digits == 4 && (digits == 0 || !Chars.IsDigit(s[digits - 1])) ? digits : start;
    }

    private static string StripOuterQuotes(string text)
    {
        // “院士专家济宁行”活动: the quoted name is the event's name, 活动 only says what it is
        const string activity = "活动";
        if (text.Length > activity.Length + 2 && text[0] == '“' && text.EndsWith("”" + activity, StringComparison.Ordinal) && text.IndexOf('“', 1) < 0)
        {
            return text[1..^(activity.Length + 1)];
        }

        return text.Length >= 2 && text[0] == '“' && text[^1] == '”' && text.IndexOf('“', 1) < 0 ? text[1..^1] : text;
    }
}
