using GraphQLParser.AST;
using KnowledgeGraph.GraphApi.Graph.Errors;

namespace KnowledgeGraph.GraphApi.Graph.Validation;

/// <summary>
/// The checks that depend on the request rather than the document: how it arrived and who sent it. Run as validation
/// rules on a new document, and by the HTTP handler itself on a cached one whose validation is skipped altogether.
/// </summary>
public static class RequestChecks
{
    /// <summary>GraphQL over HTTP: a mutation sent with GET is refused (405), since GET requests are replayed and prefetched.</summary>
    public static LimitError? MethodRefusal(OperationType operation, GraphRequestContext? context) =>
        operation != OperationType.Query && context is { ArrivedByGet: true }
            ? new LimitError(ErrorCodes.MethodNotAllowed, "Only queries may be sent with GET; send mutations with POST.")
            : null;

    /// <summary>A mutation from a caller without a valid API key is refused before anything executes.</summary>
    public static LimitError? KeyRefusal(OperationType operation, GraphRequestContext? context) =>
        operation == OperationType.Mutation && context is { Caller.IsAuthenticated: false }
            ? new LimitError(
                ErrorCodes.Unauthenticated,
                "Mutations need an API key: send it in the X-Api-Key header or as Authorization: Bearer <key>.")
            : null;

    /// <summary>Both checks, in the order the rules report them.</summary>
    public static IEnumerable<LimitError> Refusals(OperationType operation, GraphRequestContext? context) =>
        new[] { MethodRefusal(operation, context), KeyRefusal(operation, context) }.OfType<LimitError>();
}
