using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Ingest.Parse;

/// <summary>Finds a calendar date in the forms Chinese pages print: 2020-03-10, 2020/3/10, 2020年3月10日, 二〇二〇年三月十日.</summary>
internal static partial class ChineseDate
{
    private const string Numerals = "〇○零一二三四五六七八九";

    /// <summary>The first date in the text, where it is and how long its text is.</summary>
    public static bool TryFind(ReadOnlySpan<char> text, out DateOnly date, out int index, out int length)
    {
        date = default;
        index = length = 0;
        var input = text.Length > 400 ? text[..400].ToString() : text.ToString();
        for (var match = DigitDate().Match(input); match.Success; match = match.NextMatch())
        {
            if (TryCreate(Parse(match.Groups[1].Value), Parse(match.Groups[2].Value), Parse(match.Groups[3].Value), out date))
            {
                (index, length) = (match.Index, match.Length);
                return true;
            }
        }

        for (var match = HanDate().Match(input); match.Success; match = match.NextMatch())
        {
            if (TryCreate(HanYear(match.Groups[1].Value), HanNumber(match.Groups[2].Value), HanNumber(match.Groups[3].Value), out date))
            {
                (index, length) = (match.Index, match.Length);
                return true;
            }
        }

        return false;
    }

    public static DateOnly? Find(ReadOnlySpan<char> text) => TryFind(text, out var date, out _, out _) ? date : null;

    /// <summary>A line that is a date and nothing else (a notice's signature date, a page's dateline), give or take a time and weekday.</summary>
    public static bool IsDateOnly(string text, out DateOnly date)
    {
        if (text.Length > 40 || !TryFind(text, out date, out var index, out var length))
        {
            date = default;
            return false;
        }

        var rest = (text[..index] + " " + text[(index + length)..]).Trim();
        rest = TimeOrWeekday().Replace(rest, "").Trim(' ', '\t', '(', ')', '（', '）', '[', ']', '【', '】', '|', ',', '，');
        return rest.Length == 0;
    }

    private static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static int Parse(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int HanYear(string text)
    {
        var year = 0;
        foreach (var c in text)
        {
            year = (year * 10) + HanDigit(c);
        }

        return year;
    }

    private static int HanNumber(string text) => text switch
    {
        ['十'] => 10,
        ['十', var unit] => 10 + HanDigit(unit),
        [var tens, '十'] => HanDigit(tens) * 10,
        [var tens, '十', var unit] => (HanDigit(tens) * 10) + HanDigit(unit),
        [var unit] => HanDigit(unit),
        _ => 0,
    };

    private static int HanDigit(char c) => c switch
    {
        '〇' or '○' or '零' => 0,
        _ => Numerals.IndexOf(c, StringComparison.Ordinal) - 2,
    };

    [GeneratedRegex(@"(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?", RegexOptions.CultureInvariant)]
    private static partial Regex DigitDate();

    [GeneratedRegex(@"([" + Numerals + "]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日", RegexOptions.CultureInvariant)]
    private static partial Regex HanDate();

    [GeneratedRegex(@"(?:T?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)|(?:星期|周|礼拜)[一二三四五六日天]", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOrWeekday();
}
