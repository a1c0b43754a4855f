namespace KnowledgeGraph.Model.Storage;

/// <summary>What a committed batch changed.</summary>
public sealed record WriteResult(int Articles, int EntitiesWritten, int RelationsWritten, int RelationsRemoved);
