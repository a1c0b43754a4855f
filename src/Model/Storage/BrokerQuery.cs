namespace KnowledgeGraph.Model.Storage;

/// <summary>
/// Which subgraph brokers are ranked in and who is ranked. The scope (entity types, organization kinds, province) induces the
/// subgraph; <see cref="RankKinds"/> narrows the ranked entities within it. "Which overseas societies connect most provincial
/// associations": Types = [Organization, Event], Kinds = [OverseasSociety, Association], RankKinds = [OverseasSociety].
/// </summary>
public sealed record BrokerQuery(BrokerMeasure By)
{
    public IReadOnlyList<string>? Types { get; init; }

    /// <summary>Organization kinds in scope (null or empty: all); entities of other types are not held to it.</summary>
    public IReadOnlyList<string>? Kinds { get; init; }

    /// <summary>Province the scope is limited to (as <see cref="PlaceLexicon"/> names them: 广东, 北京 …).</summary>
    public string? Province { get; init; }

    public IReadOnlyList<string>? RelationTypes { get; init; }

    /// <summary>Only organizations of these kinds are ranked (null or empty: every entity of the scope).</summary>
    public IReadOnlyList<string>? RankKinds { get; init; }

    /// <summary>
    /// Betweenness is exact (Brandes) up to this many scope nodes; above it the store samples this many source nodes and
    /// says so with <see cref="BrokerRanking.Sampled"/>.
    /// </summary>
    public int MaxExactNodes { get; init; } = 2000;
}
