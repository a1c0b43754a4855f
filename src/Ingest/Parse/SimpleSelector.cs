using AngleSharp.Dom;

namespace KnowledgeGraph.Ingest.Parse;

/// <summary>
/// One CSS simple selector ("#zoom", ".TRS_Editor", "article", "[itemprop=articleBody]", "div.content"), matched by
/// hand so that hostile, deeply nested pages are walked iteratively rather than by a recursive selector engine.
/// </summary>
internal sealed record SimpleSelector(string? Tag, string? Id, string? Class, string? Attribute, string? Value)
{
    public static SimpleSelector Parse(string selector)
    {
        var text = selector.Trim();
        string? attribute = null, value = null;
        var bracket = text.IndexOf('[', StringComparison.Ordinal);
        if (bracket >= 0)
        {
            var inner = text[(bracket + 1)..].TrimEnd(']').Split('=', 2);
            attribute = inner[0].Trim();
            value = inner.Length > 1 ? inner[1].Trim().Trim('"', '\'') : null;
            text = text[..bracket];
        }

        string? id = null, cls = null;
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (hash >= 0)
        {
            id = text[(hash + 1)..];
            text = text[..hash];
        }
        else if (dot >= 0)
        {
            cls = text[(dot + 1)..];
            text = text[..dot];
        }

        return new SimpleSelector(text.Length > 0 ? text : null, id, cls, attribute, value);
    }

    public bool Matches(IElement element)
    {
        if (Tag is not null && !element.LocalName.Equals(Tag, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (Id is not null && !string.Equals(element.Id, Id, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (Class is not null && !element.ClassList.Any(c => c.Equals(Class, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (Attribute is not null)
        {
            var actual = element.GetAttribute(Attribute);
            return actual is not null && (Value is null || actual.Equals(Value, StringComparison.OrdinalIgnoreCase));
        }

        return true;
    }
}
