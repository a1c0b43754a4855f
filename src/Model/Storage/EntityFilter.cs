namespace KnowledgeGraph.Model.Storage;

/// <summary>Which entities a list returns. <see cref="NameContains"/> matches the name or any alias.</summary>
public sealed record EntityFilter
{
    public string? Type { get; init; }
    public IReadOnlyList<string>? Kinds { get; init; }
    public string? NameContains { get; init; }
}
