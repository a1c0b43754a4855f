using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using KnowledgeGraph.GraphApi.Graph.Errors;
using KnowledgeGraph.GraphApi.Hosting;
using KnowledgeGraph.GraphApi.Security;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphApi.Http;

/// <summary>Per-client rate limiting of /graphql (see <see cref="RateLimitSettings"/>); health endpoints are never limited.</summary>
public static class RateLimitingExtensions
{
    public const string PolicyName = "per-client";

    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(PolicyName, Partition);
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>
    /// The key's name when a valid key is sent, else the remote address. A wrong key shares its address's partition, so
    /// guessing keys does not buy a fresh allowance.
    /// </summary>
    public static string ClientOf(HttpContext http)
    {
        var caller = http.RequestServices.GetRequiredService<ApiKeyAuthenticator>().Authenticate(http.Request);
        return caller.IsAuthenticated ? "key:" + caller.KeyName : "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }

    private static RateLimitPartition<string> Partition(HttpContext http)
    {
        var settings = http.RequestServices.GetRequiredService<IOptionsMonitor<ApiOptions>>().CurrentValue.RateLimit;
        if (!settings.Enabled)
        {
            return RateLimitPartition.GetNoLimiter("unlimited");
        }

        // The settings are part of the partition key so that a configuration reload takes effect with fresh windows.
        var key = string.Create(CultureInfo.InvariantCulture, $"{ClientOf(http)}|{settings.PermitsPerWindow}/{settings.WindowSeconds}s+{settings.QueueLimit}");
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.PermitsPerWindow,
            Window = TimeSpan.FromSeconds(settings.WindowSeconds),
            QueueLimit = settings.QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>429 with a Retry-After header and the error in the GraphQL shape, so clients read it like any other.</summary>
    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        RequestLogFeature.Of(http).ErrorCodes = [ErrorCodes.RateLimited];
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : (TimeSpan?)null;
        if (retryAfter is { } delay)
        {
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(delay.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        http.Response.ContentType = GraphQLMediaTypes.Json + "; charset=utf-8";
        var body = new
        {
            errors = new[]
            {
                new
                {
                    message = "Too many requests from this client; wait for the Retry-After seconds and try again.",
                    extensions = new { code = ErrorCodes.RateLimited },
                },
            },
        };
        await JsonSerializer.SerializeAsync(http.Response.Body, body, cancellationToken: ct);
    }
}
