using KnowledgeGraph.Model.Graph;

namespace KnowledgeGraph.Store.Neo4j.Copy;

/// <summary>One batch of an export and the ingest time its articles had (null for the batch without articles).</summary>
public sealed record ExportBatch(GraphBatch Batch, DateTimeOffset? IngestedAt);
