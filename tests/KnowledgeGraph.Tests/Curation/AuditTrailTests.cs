namespace KnowledgeGraph.Tests.Curation;

/// <summary>The <see cref="AuditTrailContract"/> on the embedded store.</summary>
public sealed class AuditTrailTests : AuditTrailContract;
