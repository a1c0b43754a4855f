using GraphQL.Validation;
using GraphQLParser.AST;
using KnowledgeGraph.GraphApi.Graph.Errors;

namespace KnowledgeGraph.GraphApi.Graph.Validation;

/// <summary>
/// Refuses a mutation from a caller without a valid API key before anything executes, so nothing is written and the
/// client gets UNAUTHENTICATED rather than a half-run operation.
/// </summary>
public sealed class MutationsRequireKeyRule : ValidationRuleBase
{
    public static MutationsRequireKeyRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation == OperationType.Mutation
            && context.UserContext is GraphRequestContext { Caller.IsAuthenticated: false })
        {
            context.ReportError(new LimitError(
                ErrorCodes.Unauthenticated,
                "Mutations need an API key: send it in the X-Api-Key header or as Authorization: Bearer <key>."));
        }

        return default;
    }
}
