using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphApi.Hosting;

/// <summary>Checks what data annotations cannot: each key, the key names, and the CORS origins.</summary>
public sealed class ApiOptionsValidator : IValidateOptions<ApiOptions>
{
    private const int MinKeyLength = 16;

    public ValidateOptionsResult Validate(string? name, ApiOptions options)
    {
        var failures = new List<string>();
        foreach (var key in options.ApiKeys)
        {
            if (string.IsNullOrWhiteSpace(key.Name))
            {
                failures.Add("Every Api:ApiKeys entry needs a Name (it is what the logs show).");
            }

            if (string.IsNullOrWhiteSpace(key.Key) || key.Key.Trim().Length < MinKeyLength)
            {
                failures.Add($"The API key '{key.Name}' must be at least {MinKeyLength} characters long.");
            }
        }

        failures.AddRange(options.ApiKeys.GroupBy(k => k.Name, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"The API key name '{g.Key}' is used twice."));

        if (options.RequireKeyForReads && options.ApiKeys.Count == 0)
        {
            failures.Add("Api:RequireKeyForReads is set but Api:ApiKeys is empty: nobody could call the API.");
        }

        failures.AddRange(options.Cors.Origins
            .Where(o => !(Uri.TryCreate(o, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.AbsolutePath == "/"))
            .Select(o => $"Api:Cors:Origins entry '{o}' must be an origin such as https://dashboard.example.org."));

        if (options.ResponseCache.MaxEntryBytes > options.ResponseCache.MaxBytes)
        {
            failures.Add("Api:ResponseCache:MaxEntryBytes cannot be larger than Api:ResponseCache:MaxBytes.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
