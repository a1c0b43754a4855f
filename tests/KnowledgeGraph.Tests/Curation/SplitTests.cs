namespace KnowledgeGraph.Tests.Curation;

/// <summary>The <see cref="SplitContract"/> on the embedded store.</summary>
public sealed class SplitTests : SplitContract;
