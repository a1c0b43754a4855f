namespace KnowledgeGraph.Tests.Curation;

/// <summary>The <see cref="EntityEditContract"/> on the embedded store.</summary>
public sealed class EntityEditTests : EntityEditContract;
