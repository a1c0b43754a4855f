namespace KnowledgeGraph.Ingest.Extract.People;

/// <summary>创始会长, 创始理事长: a founder's title — the post without 创始, and a founding of the body.</summary>
public static class FounderTitle
{
    private const string Founding = "创始";

    public static bool IsFounder(string title) => title.Split('、').Any(t => t.StartsWith(Founding, StringComparison.Ordinal) && t.Length > Founding.Length);

    /// <summary>The title as a post: each 创始X becomes X (创始会长 → 会长); a bare 创始人 is no post (null when nothing is left).</summary>
    public static string? Post(string title)
    {
        var parts = title.Split('、').Where(t => t != Founding + "人")
            .Select(t => t.StartsWith(Founding, StringComparison.Ordinal) && t.Length > Founding.Length + 1 ? t[Founding.Length..] : t).ToList();
        return parts.Count == 0 ? null : string.Join("、", parts);
    }
}
