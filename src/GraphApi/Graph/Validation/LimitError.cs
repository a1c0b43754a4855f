using GraphQL.Validation;

namespace KnowledgeGraph.GraphApi.Graph.Validation;

/// <summary>A validation failure of this API's own rules, carrying one of <see cref="Errors.ErrorCodes"/>.</summary>
public sealed class LimitError : ValidationError
{
    public LimitError(string code, string message)
        : base(message)
    {
        Code = code;
    }
}
