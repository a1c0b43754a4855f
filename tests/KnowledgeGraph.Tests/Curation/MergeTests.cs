namespace KnowledgeGraph.Tests.Curation;

/// <summary>The <see cref="MergeContract"/> on the embedded store.</summary>
public sealed class MergeTests : MergeContract;
