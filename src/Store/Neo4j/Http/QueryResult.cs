namespace KnowledgeGraph.Store.Neo4j.Http;

/// <summary>The rows of one statement's result; <see cref="Affinity"/> and <see cref="TransactionId"/> come with explicit transactions.</summary>
internal sealed record QueryResult(IReadOnlyList<string> Fields, IReadOnlyList<QueryRow> Rows, string? TransactionId, string? Affinity);
