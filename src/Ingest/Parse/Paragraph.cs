namespace KnowledgeGraph.Ingest.Parse;

/// <summary>One paragraph of repaired text, with what its markup said about it before the markup was removed.</summary>
/// <param name="Text">Normalised text, markup removed.</param>
/// <param name="HeadingLevel">1–6 for a Markdown heading (#), 3 for a "| " sub-head marker, 0 for body text.</param>
/// <param name="StartsWithLabel">The paragraph opened with an emphasised label (**记者:**): a turn of an interview, not a headline.</param>
internal sealed record Paragraph(string Text, int HeadingLevel = 0, bool StartsWithLabel = false)
{
    public bool IsMarkedHeading => HeadingLevel > 0;
}
