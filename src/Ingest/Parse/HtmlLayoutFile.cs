namespace KnowledgeGraph.Ingest.Parse;

/// <summary>The shape of <c>ParseRules/html.json</c>; see that file for what each list means.</summary>
internal sealed record HtmlLayoutFile
{
    public IReadOnlyList<string> TitleMeta { get; init; } = [];
    public IReadOnlyList<string> PublishedMeta { get; init; } = [];
    public IReadOnlyList<string> PublisherMeta { get; init; } = [];
    public IReadOnlyList<string> SiteNameMeta { get; init; } = [];
    public IReadOnlyList<string> AuthorMeta { get; init; } = [];
    public IReadOnlyList<string> ContentSelectors { get; init; } = [];
    public int MinimumContainerCjk { get; init; } = 40;
    public IReadOnlyList<string> RemovedTags { get; init; } = [];
    public string NoiseClassOrId { get; init; } = "(?!)";
    public IReadOnlyList<string> BoilerplateLines { get; init; } = [];
    public IReadOnlyList<string> TitleSeparators { get; init; } = [];
    public IReadOnlyList<string> BlockTags { get; init; } = [];
    public IReadOnlyList<string> CellTags { get; init; } = [];
}
