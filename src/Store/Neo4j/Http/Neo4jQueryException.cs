using System.Net;

namespace KnowledgeGraph.Store.Neo4j.Http;

/// <summary>
/// A request the server refused or failed: the Neo4j status code (<c>Neo.ClientError.Statement.SyntaxError</c>,
/// <c>Neo.TransientError.Transaction.DeadlockDetected</c>, …) or, without one, the HTTP status or the network error.
/// The message names the statement, never a credential.
/// </summary>
public sealed class Neo4jQueryException : Exception
{
    public Neo4jQueryException(string message, string? code, HttpStatusCode? status, bool isTransient, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
        Status = status;
        IsTransient = isTransient;
    }

    /// <summary>The Neo4j status code, when the server sent one.</summary>
    public string? Code { get; }

    public HttpStatusCode? Status { get; }

    /// <summary>Whether trying again may succeed (Neo.TransientError.*, 503, a dropped connection, a timeout).</summary>
    public bool IsTransient { get; }
}
