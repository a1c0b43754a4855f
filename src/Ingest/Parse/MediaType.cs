namespace KnowledgeGraph.Ingest.Parse;

/// <summary>What the transport and the file name say a document is: media type, charset parameter, extension.</summary>
internal static class MediaType
{
    /// <summary>"text/html" from "text/html; charset=gbk", lower-case; null when none was given.</summary>
    public static string? Of(RawDocument document)
    {
        var type = document.ContentType;
        if (string.IsNullOrWhiteSpace(type))
        {
            return null;
        }

        var semicolon = type.IndexOf(';', StringComparison.Ordinal);
        return (semicolon >= 0 ? type[..semicolon] : type).Trim().ToLowerInvariant();
    }

    /// <summary>The charset parameter of the content type, unquoted; null when absent.</summary>
    public static string? CharsetOf(RawDocument document)
    {
        foreach (var parameter in (document.ContentType ?? "").Split(';').Skip(1))
        {
            var pair = parameter.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length == 2 && pair[0].Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                return pair[1].Trim('"', '\'', ' ');
            }
        }

        return null;
    }

    /// <summary>".html" for "a/b.HTML" or "http://x/y.html?id=1"; empty when there is none.</summary>
    public static string ExtensionOf(RawDocument document)
    {
        var origin = document.Origin;
        var cut = origin.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            origin = origin[..cut];
        }

        var slash = origin.LastIndexOfAny(['/', '\\']);
        var name = slash >= 0 ? origin[(slash + 1)..] : origin;
        var dot = name.LastIndexOf('.');
        return dot >= 0 ? name[dot..].ToLowerInvariant() : "";
    }
}
