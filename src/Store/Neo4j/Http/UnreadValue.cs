namespace KnowledgeGraph.Store.Neo4j.Http;

/// <summary>A typed value of a type the store does not map (Duration, Point, Node, …), kept as its type name and raw text.</summary>
internal sealed record UnreadValue(string Type, string Raw);
