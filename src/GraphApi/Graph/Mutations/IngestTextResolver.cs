using System.Text;
using GraphQL;
using KnowledgeGraph.GraphApi.Graph.Errors;
using KnowledgeGraph.Ingest.Load;
using KnowledgeGraph.Ingest.Parse;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.GraphApi.Graph.Mutations;

/// <summary>
/// ingestText: one text through the same ingest pipeline as files, so an article sent here is parsed, extracted and resolved
/// exactly like the corpus. The text travels as a plain-text document laid out like the corpus files (title line, blank
/// line, body); the URL, when given, is its origin, so sending the same URL again replaces the article.
/// </summary>
public static class IngestTextResolver
{
    private const int MaxTitleLength = 500;

    public static async Task<IngestReport> ResolveAsync(IResolveFieldContext context)
    {
        var text = context.GetArgument<string>("text").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var title = context.GetArgument<string?>("title")?.Trim();
        var url = context.GetArgument<string?>("url")?.Trim();
        Validate(text, title, url);

        var content = string.IsNullOrEmpty(title) ? text : title + "\n\n" + text;
        var origin = string.IsNullOrEmpty(url) ? "api:ingestText/" + Ids.ContentHash(content) : url;
        var document = new RawDocument(origin, title ?? origin, Encoding.UTF8.GetBytes(content), "text/plain; charset=utf-8")
        {
            Metadata = new DocumentMetadata
            {
                Title = string.IsNullOrEmpty(title) ? null : title,
                Url = string.IsNullOrEmpty(url) ? null : url,
                Publisher = context.GetArgument<string?>("publisher")?.Trim() is { Length: > 0 } publisher ? publisher : null,
                PublishedOn = context.GetArgument<DateOnly?>("publishedOn"),
            },
        };

        var pipeline = context.Service<IngestPipeline>();
        return await pipeline.IngestAsync([document], context.CancellationToken);
    }

    private static void Validate(string text, string? title, string? url)
    {
        if (text.Length == 0)
        {
            throw GraphQueryException.BadInput("text must not be empty.");
        }

        if (title is { Length: > MaxTitleLength })
        {
            throw GraphQueryException.BadInput($"title must be at most {MaxTitleLength} characters.");
        }

        if (!string.IsNullOrEmpty(url) && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            throw GraphQueryException.BadInput("url must be an absolute http(s) URL.");
        }
    }
}
