using GraphQL;

namespace KnowledgeGraph.GraphApi.Graph.Errors;

/// <summary>
/// A resolver's refusal the caller can act on (unknown id, page too large). GraphQL.NET passes ExecutionErrors thrown by
/// resolvers through as they are, so the message and code reach the client; any other exception becomes INTERNAL.
/// </summary>
public sealed class GraphQueryException : ExecutionError
{
    public GraphQueryException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public static GraphQueryException PageSizeExceeded(int requested, int max) =>
        new(ErrorCodes.PageSizeExceeded, $"first = {requested} is larger than the maximum page size {max}; page with 'after' instead.");

    public static GraphQueryException BadInput(string message) => new(ErrorCodes.BadUserInput, message);

    public static GraphQueryException NotFound(string message) => new(ErrorCodes.NotFound, message);

    public static GraphQueryException NotSupported(string message) => new(ErrorCodes.NotSupported, message);
}
