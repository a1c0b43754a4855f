namespace KnowledgeGraph.GraphApi.Http;

/// <summary>Why an HTTP request never reached GraphQL execution: the status to answer with and the error to report.</summary>
public sealed record RequestProblem(int StatusCode, string Code, string Message);
