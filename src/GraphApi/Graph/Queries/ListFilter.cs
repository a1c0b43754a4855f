namespace KnowledgeGraph.GraphApi.Graph.Queries;

/// <summary>The filter argument of the entity lists; <see cref="Kinds"/> applies to organizations only.</summary>
public sealed class ListFilter
{
    public string? NameContains { get; set; }
    public List<string>? Kinds { get; set; }
}
