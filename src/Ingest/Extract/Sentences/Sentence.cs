namespace KnowledgeGraph.Ingest.Extract.Sentences;

/// <summary>
/// One sentence of an article. <see cref="Text"/> has line breaks that only continue the sentence (PDF wraps) removed,
/// so a name broken across lines reads whole; <see cref="ArticleOffset"/> maps every character back to the article text.
/// </summary>
public sealed class Sentence(int index, string text, int[] articleOffsets, string original)
{
    public int Index { get; } = index;

    public string Text { get; } = text;

    /// <summary>A row of a form table, its cells labelled by their columns (<see cref="TableRows"/>): the first cell is what the row is about.</summary>
    public bool IsTableRow { get; init; }

    /// <summary>The sentence as it stands in the article (for evidence).</summary>
    public string Original { get; } = original;

    private readonly int[] offsets = articleOffsets;

    public int ArticleOffset(int local) => local < offsets.Length ? offsets[local] : (offsets.Length == 0 ? 0 : offsets[^1] + 1);

    /// <summary>Article offset just past the character at <paramref name="localEnd"/> - 1.</summary>
    public int ArticleEnd(int localEnd) => localEnd <= 0 ? ArticleOffset(0) : offsets[Math.Min(localEnd, offsets.Length) - 1] + 1;
}
