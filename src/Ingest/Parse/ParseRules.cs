using System.Text.Json;

namespace KnowledgeGraph.Ingest.Parse;

/// <summary>
/// The layout knowledge the parsers use (openings, captions, bylines, CMS selectors …), read from the JSON files in
/// <c>ParseRules/</c> beside the binary so it can be tuned for new sites without recompiling.
/// </summary>
internal sealed class ParseRules
{
    private static readonly Lazy<ParseRules> DefaultRules = new(() => Load(Path.Combine(AppContext.BaseDirectory, "ParseRules")));

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private ParseRules(TextLayoutRules text, HtmlLayoutRules html)
    {
        Text = text;
        Html = html;
    }

    public static ParseRules Default => DefaultRules.Value;

    public TextLayoutRules Text { get; }

    public HtmlLayoutRules Html { get; }

    public static ParseRules Load(string directory)
    {
        var text = Read<TextLayoutFile>(Path.Combine(directory, "text-structure.json"));
        var html = Read<HtmlLayoutFile>(Path.Combine(directory, "html.json"));
        return new ParseRules(new TextLayoutRules(text), new HtmlLayoutRules(html));
    }

    private static T Read<T>(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Parse rules file is missing (it ships beside the binary under ParseRules/): {path}", path);
        }

        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<T>(stream, JsonOptions)
            ?? throw new InvalidDataException($"Parse rules file is empty: {path}");
    }
}
