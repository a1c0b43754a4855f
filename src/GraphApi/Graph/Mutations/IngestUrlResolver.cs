using GraphQL;
using KnowledgeGraph.GraphApi.Graph.Errors;
using KnowledgeGraph.Ingest.Fetch;
using KnowledgeGraph.Ingest.Load;

namespace KnowledgeGraph.GraphApi.Graph.Mutations;

/// <summary>
/// ingestUrl: the page is fetched by the same <see cref="SafeHttpFetcher"/> as the CLI, so the address policy (checked
/// after DNS and on every redirect), size and time bounds apply to API callers too; a refusal is a failure in the report.
/// </summary>
public static class IngestUrlResolver
{
    public static async Task<IngestReport> ResolveAsync(IResolveFieldContext context)
    {
        var url = context.GetArgument<string>("url").Trim();
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw GraphQueryException.BadInput("url must be an absolute http(s) URL.");
        }

        var reader = context.Service<InputReader>();
        var pipeline = context.Service<IngestPipeline>();
        return await pipeline.IngestAsync(reader.ReadAsync([uri.ToString()], context.CancellationToken), null, context.CancellationToken);
    }
}
