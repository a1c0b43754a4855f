namespace KnowledgeGraph.Store.Neo4j.Http;

/// <summary>The server answered in a shape the Query API does not document (or the store did not expect).</summary>
public sealed class Neo4jProtocolException(string message) : Exception(message);
