using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using KnowledgeGraph.GraphApi.Graph;
using KnowledgeGraph.GraphApi.Graph.Errors;
using KnowledgeGraph.GraphApi.Graph.Loading;
using KnowledgeGraph.GraphApi.Graph.Validation;
using KnowledgeGraph.GraphApi.Hosting;
using KnowledgeGraph.GraphApi.Security;
using KnowledgeGraph.Model.Storage;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphApi.Http;

/// <summary>
/// GraphQL over HTTP for /graphql: negotiate the response type, authenticate, read the request, execute it under the
/// request timeout, and answer with the status code the spec asks for. A query asked again before the store changed is
/// answered from <see cref="GraphQLResponseCache"/>; the response says which with a <c>Cache-Status</c> header (RFC 9211).
/// </summary>
public sealed class GraphQLHttpHandler(
    IDocumentExecuter<ISchema> executer,
    IDocumentBuilder documentBuilder,
    IGraphQLSerializer serializer,
    GraphQLRequestReader reader,
    ApiKeyAuthenticator authenticator,
    IGraphStore store,
    ValidatedDocumentCache documents,
    GraphQLResponseCache responses,
    IOptions<GraphQLLimits> limits,
    IOptionsMonitor<ApiOptions> apiOptions)
{
    private const string CacheStatus = "Cache-Status";
    private const string CacheStatusHit = "KnowledgeGraph; hit";
    private const string CacheStatusStored = "KnowledgeGraph; fwd=miss; stored";

    private readonly GraphQLLimits _limits = limits.Value;

    public async Task HandleAsync(HttpContext http)
    {
        var mediaType = GraphQLMediaTypes.Negotiate(http.Request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteProblemAsync(http, GraphQLMediaTypes.Json, new RequestProblem(
                StatusCodes.Status406NotAcceptable, ErrorCodes.BadRequest, $"Accept {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}."));
            return;
        }

        var caller = authenticator.Authenticate(http.Request);
        var log = RequestLogFeature.Of(http);
        log.Caller = caller.KeyName;
        if (Refuses(caller) is { } refusal)
        {
            await WriteProblemAsync(http, mediaType, refusal);
            return;
        }

        var isGet = HttpMethods.IsGet(http.Request.Method);
        var (raw, problem) = isGet
            ? (http.Request.QueryString.Value, null)
            : await reader.ReadPostBodyAsync(http.Request, _limits.MaxRequestBytes, http.RequestAborted);
        var cacheKey = problem is null ? responses.KeyOf(isGet, raw) : null;
        var version = cacheKey is null ? null : await DataVersionAsync(http.RequestAborted);
        if (version is { } current && responses.Lookup(cacheKey!, current) is { } hit)
        {
            log.OperationName = hit.OperationName;
            http.Response.StatusCode = StatusCodes.Status200OK;
            await WriteKeptAsync(http, mediaType, hit.Body, CacheStatusHit);
            return;
        }

        GraphQLRequest? request = null;
        if (problem is null)
        {
            (request, problem) = isGet ? reader.ReadGet(http.Request) : reader.ParsePost(raw!);
        }

        if (problem is not null)
        {
            await WriteProblemAsync(http, mediaType, problem);
            return;
        }

        log.OperationName = request!.OperationName;
        var result = await ExecuteAsync(http, request, new GraphRequestContext(caller, new GraphLoaders(store), isGet));
        log.ErrorCodes = result.Errors?.Select(StableCodeErrorInfoProvider.CodeOf).Distinct().ToList();
        http.Response.StatusCode = StatusFor(result, mediaType);
        if (http.Response.StatusCode == StatusCodes.Status405MethodNotAllowed)
        {
            http.Response.Headers.Allow = "POST";
        }

        if (version is { } readAt && IsReusable(result))
        {
            using var buffer = new MemoryStream();
            await serializer.WriteAsync(buffer, result, http.RequestAborted);
            var body = buffer.ToArray();
            responses.Add(cacheKey!, readAt, body, request.OperationName);
            await WriteKeptAsync(http, mediaType, body, CacheStatusStored);
            return;
        }

        await WriteAsync(http, mediaType, result);
    }

    /// <summary>The store's data version, or null (nothing reused) when it cannot tell or cannot be asked right now.</summary>
    private async Task<long?> DataVersionAsync(CancellationToken ct)
    {
        try
        {
            return await store.GetDataVersionAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The query itself will meet the store's trouble and report it; the cache just stays out of the way.
            return null;
        }
    }

    /// <summary>A query that ran to the end without an error; what else came back depends on the request alone.</summary>
    private static bool IsReusable(ExecutionResult result) =>
        result is { Executed: true, Streams: null, Operation.Operation: OperationType.Query } && (result.Errors is null || result.Errors.Count == 0);

    private RequestProblem? Refuses(ApiCaller caller) => caller.Kind switch
    {
        ApiCallerKind.Rejected => new RequestProblem(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, "The API key is not valid."),
        ApiCallerKind.Anonymous when apiOptions.CurrentValue.RequireKeyForReads => new RequestProblem(
            StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, "This API needs a key: send X-Api-Key or Authorization: Bearer <key>."),
        _ => null,
    };

    private async Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLRequest request, GraphRequestContext context)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(TimeSpan.FromSeconds(_limits.TimeoutSeconds));
        var query = request.Query!;
        var entry = documents.Lookup(query);
        var document = entry?.Document;
        var cached = entry is not null;
        if (!cached)
        {
            try
            {
                document = documentBuilder.Build(query);
            }
            catch (SyntaxError error)
            {
                return new ExecutionResult(error);
            }

            if (ExpandedSelectionCounter.Count(document, _limits.MaxComplexity) > _limits.MaxComplexity)
            {
                return new ExecutionResult(new LimitError(
                    ErrorCodes.ComplexityExceeded,
                    $"With its fragments expanded the query selects more than {_limits.MaxComplexity} fields."));
            }
        }

        if (entry?.FixedCostOperation is { } operation && RequestChecks.Refusals(operation.Operation, context).ToList() is { Count: > 0 } refusals)
        {
            return new ExecutionResult { Errors = [.. refusals] };
        }

        try
        {
            // Rules that depend on the request run every time; the core rules only depend on the document. A document
            // of fixed cost has had its request checks above and needs no rule at all (no document walk).
            IValidationRule[] perRequest = entry is { FixedCost: true }
                ? []
                : [GetRunsQueriesOnlyRule.Instance, MutationsRequireKeyRule.Instance, new LimitedComplexityRule(_limits)];
            var result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = query,
                Document = document,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                UserContext = context,
                User = http.User,
                RequestServices = http.RequestServices,
                CancellationToken = timeout.Token,
                ValidationRules = cached ? perRequest : DocumentValidator.CoreRules.Concat(perRequest),
            });
            if (!cached && result.Executed)
            {
                documents.Add(query, document!);
            }

            return result;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            return new ExecutionResult(new GraphQueryException(
                ErrorCodes.Timeout, $"The query did not finish within {_limits.TimeoutSeconds} s; narrow it or page through it."));
        }
    }

    /// <summary>
    /// application/json answers 200 to every well-formed request (legacy clients read errors from the body);
    /// graphql-response+json says with 4xx/5xx when nothing was executed. A missing key is 401 either way.
    /// </summary>
    private static int StatusFor(ExecutionResult result, string mediaType)
    {
        var codes = result.Errors?.Select(StableCodeErrorInfoProvider.CodeOf).ToHashSet() ?? [];
        if (codes.Contains(ErrorCodes.MethodNotAllowed))
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        if (codes.Contains(ErrorCodes.Unauthenticated))
        {
            return StatusCodes.Status401Unauthorized;
        }

        if (result.Executed || mediaType == GraphQLMediaTypes.Json)
        {
            return StatusCodes.Status200OK;
        }

        return codes.Contains(ErrorCodes.Timeout) ? StatusCodes.Status504GatewayTimeout
            : codes.Contains(ErrorCodes.Internal) ? StatusCodes.Status500InternalServerError
            : StatusCodes.Status400BadRequest;
    }

    private async Task WriteProblemAsync(HttpContext http, string mediaType, RequestProblem problem)
    {
        RequestLogFeature.Of(http).ErrorCodes = [problem.Code];
        http.Response.StatusCode = problem.StatusCode;
        if (problem.StatusCode == StatusCodes.Status401Unauthorized)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
        }

        await WriteAsync(http, mediaType, new ExecutionResult(new GraphQueryException(problem.Code, problem.Message)));
    }

    private static async Task WriteKeptAsync(HttpContext http, string mediaType, byte[] body, string cacheStatus)
    {
        http.Response.Headers[CacheStatus] = cacheStatus;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }

    private async Task WriteAsync(HttpContext http, string mediaType, ExecutionResult result)
    {
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
