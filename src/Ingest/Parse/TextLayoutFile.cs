namespace KnowledgeGraph.Ingest.Parse;

/// <summary>The shape of <c>ParseRules/text-structure.json</c>; see that file for what each list means.</summary>
internal sealed record TextLayoutFile
{
    public string SentenceEndings { get; init; } = "";
    public string ContinuationEndings { get; init; } = "";
    public string ClausePunctuation { get; init; } = "";
    public string HeadlineForbidden { get; init; } = "";
    public int HeadlineMaxLength { get; init; } = 40;
    public int HeadlineWithClauseMaxLength { get; init; } = 30;
    public int HeadlineWithTwoClausesMaxLength { get; init; } = 26;
    public int SectionHeadingMaxLength { get; init; } = 50;
    public string LabelledLine { get; init; } = "(?!)";
    public string ContinuationStart { get; init; } = "(?!)";
    public int CaptionTitleMaxLength { get; init; } = 16;
    public int CaptionMaxLength { get; init; } = 80;
    public IReadOnlyList<string> ArticleOpenings { get; init; } = [];
    public IReadOnlyList<string> SubtitlePrefixes { get; init; } = [];
    public string ListItem { get; init; } = "(?!)";
    public IReadOnlyList<string> Captions { get; init; } = [];
    public IReadOnlyList<string> InlineCredits { get; init; } = [];
    public IReadOnlyList<string> ArticleEndMarkers { get; init; } = [];
    public IReadOnlyList<string> BylineRoles { get; init; } = [];
    public IReadOnlyList<string> BylineLabels { get; init; } = [];
    public string BylineRoleSeparators { get; init; } = "";
    public IReadOnlyList<string> IssuerSuffixes { get; init; } = [];
    public IReadOnlyList<string> DocumentTypeWords { get; init; } = [];
    public IReadOnlyList<string> DocumentTitlePrefixes { get; init; } = [];
    public MetadataLabelFile MetadataLabels { get; init; } = new();
}

/// <summary>Labels of "label：value" lines that carry metadata rather than facts.</summary>
internal sealed record MetadataLabelFile
{
    public IReadOnlyList<string> PublishedOn { get; init; } = [];
    public IReadOnlyList<string> Publisher { get; init; } = [];
    public IReadOnlyList<string> Author { get; init; } = [];
    public IReadOnlyList<string> Ignored { get; init; } = [];
}
