using System.Diagnostics;

namespace KnowledgeGraph.GraphApi.Http;

/// <summary>
/// One structured line per request with its timing. Headers and query strings are never logged: they carry API keys
/// and queries may carry personal names the operator did not ask to keep.
/// </summary>
public sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        var log = RequestLogFeature.Of(http);
        try
        {
            await next(http);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var level = http.Response.StatusCode >= 500 ? LogLevel.Error : LogLevel.Information;
            logger.Log(
                level,
                "{Method} {Path} answered {StatusCode} in {ElapsedMs:0.0} ms (operation {OperationName}, caller {Caller}, errors {ErrorCodes})",
                http.Request.Method,
                http.Request.Path.Value,
                http.Response.StatusCode,
                elapsed,
                log.OperationName ?? "-",
                log.Caller ?? "anonymous",
                log.ErrorCodes is { Count: > 0 } codes ? string.Join(',', codes) : "-");
        }
    }
}
