using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;

namespace KnowledgeGraph.GraphApi.Graph.Errors;

/// <summary>
/// Writes every error with exactly one <c>extensions.code</c> from <see cref="ErrorCodes"/>. GraphQL.NET's own codes derive
/// from exception type names and change between versions; clients need codes that do not.
/// </summary>
public sealed class StableCodeErrorInfoProvider : IErrorInfoProvider
{
    private static readonly HashSet<string> OwnCodes = typeof(ErrorCodes)
        .GetFields()
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    public ErrorInfo GetInfo(ExecutionError error)
    {
        var code = CodeOf(error);
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (code == ErrorCodes.ValidationError && error is ValidationError { Number: { } rule })
        {
            // The GraphQL spec section the document broke (5.3.3 …), for whoever reads the error.
            extensions["rule"] = rule;
        }

        return new ErrorInfo { Message = code == ErrorCodes.Internal ? "Internal error while resolving the query." : error.Message, Extensions = extensions };
    }

    public static string CodeOf(ExecutionError error) => error switch
    {
        { Code: { } code } when OwnCodes.Contains(code) => code,
        ValidationError => ErrorCodes.ValidationError,
        UnhandledError => ErrorCodes.Internal,

        // Syntax errors and an unknown operationName: the request itself is wrong, not the data.
        DocumentError => ErrorCodes.BadRequest,
        _ => ErrorCodes.Internal,
    };
}
