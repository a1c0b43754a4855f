namespace KnowledgeGraph.GraphApi.Graph.Errors;

/// <summary>
/// The stable <c>extensions.code</c> values clients can switch on. Messages may change; these do not.
/// </summary>
public static class ErrorCodes
{
    public const string BadRequest = "BAD_REQUEST";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string ValidationError = "VALIDATION_ERROR";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string ComplexityExceeded = "COMPLEXITY_EXCEEDED";
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string Timeout = "TIMEOUT";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string NotFound = "NOT_FOUND";
    public const string NotSupported = "NOT_SUPPORTED";
    public const string Conflict = "CONFLICT";
    public const string RateLimited = "RATE_LIMITED";
    public const string Internal = "INTERNAL";
}
