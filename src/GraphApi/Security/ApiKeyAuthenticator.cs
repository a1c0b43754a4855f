using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.GraphApi.Hosting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphApi.Security;

/// <summary>Reads the key from <c>X-Api-Key</c> or <c>Authorization: Bearer</c> and names its holder.</summary>
public sealed class ApiKeyAuthenticator(IOptionsMonitor<ApiOptions> options)
{
    public const string HeaderName = "X-Api-Key";
    private const string BearerPrefix = "Bearer ";

    public ApiCaller Authenticate(HttpRequest request)
    {
        var presented = PresentedKey(request);
        if (presented is null)
        {
            return ApiCaller.Anonymous;
        }

        var presentedHash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        foreach (var key in options.CurrentValue.ApiKeys)
        {
            // Compare fixed-length hashes in constant time so response timing says nothing about how much of a key matched.
            if (CryptographicOperations.FixedTimeEquals(presentedHash, SHA256.HashData(Encoding.UTF8.GetBytes(key.Key))))
            {
                return ApiCaller.Authenticated(key.Name);
            }
        }

        return ApiCaller.Rejected;
    }

    private static string? PresentedKey(HttpRequest request)
    {
        var header = request.Headers[HeaderName].ToString();
        if (!string.IsNullOrWhiteSpace(header))
        {
            return header.Trim();
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) && authorization.Length > BearerPrefix.Length
            ? authorization[BearerPrefix.Length..].Trim()
            : null;
    }
}
