namespace KnowledgeGraph.Ingest.Extract.People;

/// <summary>
/// The verbs that give a person (or a body, for a seat) a post — 某某当选理事长, 某某（同时）担任X常委 — and the adverbs that
/// may stand between the holder and the verb. One list for the person recogniser and the election rule.
/// </summary>
public static class PostVerbs
{
    public static readonly string[] Verbs = ["当选为", "当选", "连任", "增补为", "出任", "担任", "任"];

    public static readonly string[] Adverbs = ["同时", "还", "另", "并", "兼"];

    /// <summary>
    /// Verbs by which a body gives someone a post, written before the person: 任命某某为X局长, 选举某某为秘书长; and
    /// 免去某某的X局长职务, which still states the post (rule 1 keeps it). Each with the word that links person and post.
    /// </summary>
    public static readonly (string Verb, char Link)[] Appointers =
        [("任命", '为'), ("聘任", '为'), ("聘请", '为'), ("委任", '为'), ("选举", '为'), ("推选", '为'), ("增补", '为'), ("增选", '为'), ("提名", '为'), ("免去", '的'), ("免除", '的')];

    /// <summary>
    /// Does an appointing verb stand before <paramref name="personStart"/> whose link word is <paramref name="link"/>: in
    /// its clause, or in an earlier clause of the same sentence when every clause between is itself an appointment
    /// (选举甲为理事长，乙、丙为副理事长，丁为秘书长).
    /// </summary>
    public static bool AppointedBefore(string s, int personStart, char link)
    {
        for (var k = personStart - 1; k >= 0 && s[k] is not ('。' or '\n'); k--)
        {
            if (s[k] is '，' or '；' or ',' or ';' && !EndsWithLink(s, k, link))
            {
                return false;
            }

            foreach (var (verb, l) in Appointers)
            {
                if (l == link && k + verb.Length <= personStart && string.CompareOrdinal(s, k, verb, 0, verb.Length) == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Does the clause ending at <paramref name="end"/> close with "link + a few characters" (…为副理事长)?</summary>
    private static bool EndsWithLink(string s, int end, char link)
    {
        for (var k = end - 1; k >= 0 && end - k <= 10; k--)
        {
            if (s[k] == link)
            {
                return true;
            }

            if (s[k] is '，' or '；' or ',' or ';' or '。' or '、')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Length of "adverb? verb" at <paramref name="at"/> and the verb's own length; (0, 0) when none.</summary>
    public static (int Length, int Verb) At(string s, int at)
    {
        var adverb = Text.Chars.WordAt(s, at, Adverbs);
        var verb = Text.Chars.WordAt(s, at + adverb, Verbs);
        return verb == 0 ? (0, 0) : (adverb + verb, verb);
    }
}
