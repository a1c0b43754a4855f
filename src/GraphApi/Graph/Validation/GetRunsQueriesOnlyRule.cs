using GraphQL.Validation;

namespace KnowledgeGraph.GraphApi.Graph.Validation;

/// <summary>GraphQL over HTTP: a mutation sent with GET is refused (405); see <see cref="RequestChecks.MethodRefusal"/>.</summary>
public sealed class GetRunsQueriesOnlyRule : ValidationRuleBase
{
    public static GetRunsQueriesOnlyRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (RequestChecks.MethodRefusal(context.Operation.Operation, context.UserContext as GraphRequestContext) is { } refusal)
        {
            context.ReportError(refusal);
        }

        return default;
    }
}
