using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using KnowledgeGraph.GraphApi.Graph.Errors;

namespace KnowledgeGraph.GraphApi.Graph.Validation;

/// <summary>
/// GraphQL.NET's depth and complexity analysis, reporting the two limits under separate, stable codes so a client can tell
/// "nest less" (MAX_DEPTH_EXCEEDED) from "ask for less" (COMPLEXITY_EXCEEDED: alias floods, fragment floods, huge pages).
/// </summary>
public sealed class LimitedComplexityRule(GraphQLLimits limits) : ComplexityValidationRule(OptionsFrom(limits))
{
    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        if (maxDepth > limits.MaxDepth)
        {
            context.ReportError(new LimitError(
                ErrorCodes.MaxDepthExceeded, $"The query is nested {maxDepth} levels deep; at most {limits.MaxDepth} are allowed."));
        }
        else if (totalComplexity > limits.MaxComplexity)
        {
            context.ReportError(new LimitError(
                ErrorCodes.ComplexityExceeded,
                $"The query's estimated cost is {totalComplexity:0}; at most {limits.MaxComplexity} is allowed. Ask for fewer fields, aliases or smaller pages."));
        }

        return ValueTask.CompletedTask;
    }

    private static ComplexityOptions OptionsFrom(GraphQLLimits limits) => new()
    {
        MaxDepth = limits.MaxDepth,
        MaxComplexity = limits.MaxComplexity,

        // A list without 'first' holds a default page; lists with 'first' are costed by it (GraphQL.NET's default rule).
        DefaultListImpactMultiplier = limits.DefaultPageSize,
    };
}
