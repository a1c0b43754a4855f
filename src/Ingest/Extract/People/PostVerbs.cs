namespace KnowledgeGraph.Ingest.Extract.People;

/// <summary>
/// The verbs that give a person (or a body, for a seat) a post — 某某当选理事长, 某某（同时）担任X常委 — and the adverbs that
/// may stand between the holder and the verb. One list for the person recogniser and the election rule.
/// </summary>
public static class PostVerbs
{
    public static readonly string[] Verbs = ["当选为", "当选", "连任", "增补为", "出任", "担任", "任"];

    public static readonly string[] Adverbs = ["同时", "还", "另", "并", "兼"];

    /// <summary>Length of "adverb? verb" at <paramref name="at"/> and the verb's own length; (0, 0) when none.</summary>
    public static (int Length, int Verb) At(string s, int at)
    {
        var adverb = Text.Chars.WordAt(s, at, Adverbs);
        var verb = Text.Chars.WordAt(s, at + adverb, Verbs);
        return verb == 0 ? (0, 0) : (adverb + verb, verb);
    }
}
