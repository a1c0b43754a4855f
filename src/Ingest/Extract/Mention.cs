namespace KnowledgeGraph.Ingest.Extract;

/// <summary>
/// One recognised name in one sentence. Positions are in the sentence's cleaned text (<c>Start</c>, <c>End</c>);
/// the extractor maps them to article offsets for evidence. <see cref="Key"/> is the entity the mention denotes
/// after alias resolution.
/// </summary>
public sealed class Mention(string type, string text, int sentence, int start, int end)
{
    public string Type { get; } = type;

    /// <summary>The surface form as written (without surrounding quotes).</summary>
    public string Text { get; set; } = text;

    public int SentenceIndex { get; } = sentence;

    public int Start { get; set; } = start;

    public int End { get; set; } = end;

    public string? Kind { get; set; }

    /// <summary>Entity key after resolution; defaults to the normalised text.</summary>
    public string Key { get; set; } = text;

    /// <summary>For a unit named with its parent as prefix (中国科协国际联络部): the parent's surface form.</summary>
    public string? ParentText { get; set; }

    /// <summary>A governance meeting (代表大会, 理事会议): hosted by the body named in it.</summary>
    public bool IsGovernance { get; set; }

    /// <summary>A body's founding meeting (成立大会): the body named in it is what was founded.</summary>
    public bool IsFounding { get; set; }

    /// <summary>For a body's own meeting (governance, founding): the body whose meeting it is, when named at its start.</summary>
    public Mention? Body { get; set; }

    /// <summary>Nested inside a longer mention; an entity, but not a separate item in sentence order.</summary>
    public bool Nested { get; set; }

    /// <summary>A signed document (协议, 备忘录).</summary>
    public bool IsInstrument { get; set; }

    /// <summary>Extra forms found with the mention (bracketed acronyms, 简称).</summary>
    public List<string> Aliases { get; } = [];

    public Dictionary<string, string> Properties { get; } = [];

    public bool Overlaps(Mention other) => Start < other.End && other.Start < End;

    public bool Contains(Mention other) => Start <= other.Start && other.End <= End && (End - Start) > (other.End - other.Start);

    public override string ToString() => $"{Type}:{Text}[{Start},{End})";
}
