using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.GraphApi.Graph;

/// <summary>The <c>GraphQL</c> section: what one request may ask for before it is refused.</summary>
public sealed class GraphQLLimits
{
    public const string Section = "GraphQL";

    /// <summary>Deepest selection nesting allowed; stops cyclic relation → entity → relation bombs.</summary>
    [Range(2, 64)]
    public int MaxDepth { get; set; } = 12;

    /// <summary>Estimated cost ceiling (fields × the page sizes above them); stops alias and fragment floods.</summary>
    [Range(10, 10_000_000)]
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>Largest <c>first</c> a list accepts. Larger values are refused (PAGE_SIZE_EXCEEDED), never silently clamped.</summary>
    [Range(1, 10_000)]
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Page size when a list is asked for without <c>first</c>.</summary>
    [Range(1, 10_000)]
    public int DefaultPageSize { get; set; } = 20;

    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>Largest request body accepted; ingestText carries whole articles, so this is not tiny.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Caps for the graph walks, whatever the caller asks.</summary>
    [Range(1, 6)]
    public int MaxNeighborhoodDepth { get; set; } = 3;

    [Range(1, 5000)]
    public int MaxNeighborhoodNodes { get; set; } = 500;

    [Range(1, 10)]
    public int MaxPathHops { get; set; } = 6;

    [Range(1, 200)]
    public int MaxPaths { get; set; } = 20;

    /// <summary>Betweenness is exact (Brandes) on scopes up to this many nodes and estimated from this many sampled sources above.</summary>
    [Range(10, 100_000)]
    public int MaxExactBetweennessNodes { get; set; } = 2000;
}
