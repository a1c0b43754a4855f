using GraphQL.Validation;

namespace KnowledgeGraph.GraphApi.Graph.Validation;

/// <summary>
/// Refuses a mutation from a caller without a valid API key before anything executes, so nothing is written and the
/// client gets UNAUTHENTICATED rather than a half-run operation; see <see cref="RequestChecks.KeyRefusal"/>.
/// </summary>
public sealed class MutationsRequireKeyRule : ValidationRuleBase
{
    public static MutationsRequireKeyRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (RequestChecks.KeyRefusal(context.Operation.Operation, context.UserContext as GraphRequestContext) is { } refusal)
        {
            context.ReportError(refusal);
        }

        return default;
    }
}
