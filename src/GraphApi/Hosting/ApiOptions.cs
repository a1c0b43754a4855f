using System.ComponentModel.DataAnnotations;
using KnowledgeGraph.GraphApi.Security;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphApi.Hosting;

/// <summary>The <c>Api</c> section: who may call, from where, and what the service does on its first start.</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>Keys that may write (and read, when <see cref="RequireKeyForReads"/> is set). Empty means nobody may write.</summary>
    public List<ApiKey> ApiKeys { get; set; } = [];

    /// <summary>Dashboards on an internal network read without a key by default; set this when the API faces the open network.</summary>
    public bool RequireKeyForReads { get; set; }

    public CorsSettings Cors { get; set; } = new();

    /// <summary>Per-client request limits on /graphql; exceeding them answers 429 with RATE_LIMITED.</summary>
    [ValidateObjectMembers]
    public RateLimitSettings RateLimit { get; set; } = new();

    /// <summary>Dashboards poll the same queries; their answers are reused until the store changes.</summary>
    [ValidateObjectMembers]
    public ResponseCacheSettings ResponseCache { get; set; } = new();

    /// <summary>Ingest the bundled sample corpus when the store is empty, so a fresh install already answers.</summary>
    public bool SeedSampleCorpus { get; set; } = true;

    /// <summary>Folder of sample documents; relative paths are tried against the content root and its parents (the repository root).</summary>
    [Required]
    public string SampleCorpusPath { get; set; } = "samples/corpus";
}
