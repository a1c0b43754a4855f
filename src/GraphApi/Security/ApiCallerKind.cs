namespace KnowledgeGraph.GraphApi.Security;

public enum ApiCallerKind
{
    /// <summary>No key was sent.</summary>
    Anonymous,

    /// <summary>A configured key was sent.</summary>
    Authenticated,

    /// <summary>A key was sent but matches none: refused even for reads, since it is surely a misconfigured client.</summary>
    Rejected,
}
