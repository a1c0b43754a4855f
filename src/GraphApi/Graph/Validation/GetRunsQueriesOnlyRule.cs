using GraphQL.Validation;
using GraphQLParser.AST;
using KnowledgeGraph.GraphApi.Graph.Errors;

namespace KnowledgeGraph.GraphApi.Graph.Validation;

/// <summary>GraphQL over HTTP: a mutation sent with GET is refused (405), since GET requests are replayed and prefetched.</summary>
public sealed class GetRunsQueriesOnlyRule : ValidationRuleBase
{
    public static GetRunsQueriesOnlyRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query && context.UserContext is GraphRequestContext { ArrivedByGet: true })
        {
            context.ReportError(new LimitError(ErrorCodes.MethodNotAllowed, "Only queries may be sent with GET; send mutations with POST."));
        }

        return default;
    }
}
