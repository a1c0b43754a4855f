namespace KnowledgeGraph.Store.Neo4j.Copy;

/// <summary>
/// The Neo4j decision log holds decisions the log being copied into it does not (made after a switch to Neo4j): copying
/// would renumber or contradict them, so nothing of the log was copied.
/// </summary>
public sealed class DecisionLogConflictException(string message) : InvalidOperationException(message);
