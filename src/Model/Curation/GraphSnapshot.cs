namespace KnowledgeGraph.Model.Curation;

/// <summary>The graph as comparable rows: names and aliases sorted, evidence as "article:start-end" strings, sorted.</summary>
public sealed record GraphSnapshot(IReadOnlyList<SnapshotEntity> Entities, IReadOnlyList<SnapshotRelation> Relations);

public sealed record SnapshotEntity(string Id, string Type, string Name, string? Kind, string Aliases, string Mentions);

public sealed record SnapshotRelation(string Id, string Type, string SourceId, string TargetId, double Confidence, string Evidence);
