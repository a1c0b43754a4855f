namespace KnowledgeGraph.Tests.Curation;

/// <summary>The <see cref="CandidateQueueContract"/> on the embedded store.</summary>
public sealed class CandidateQueueTests : CandidateQueueContract;
