using System.Globalization;
using KnowledgeGraph.Model.Curation;

namespace KnowledgeGraph.Tests.Curation;

/// <summary>Reads the "article:start-end" spans of a <see cref="GraphSnapshot"/>.</summary>
public sealed record Span(string ArticleId, int Start, int End)
{
    public static IReadOnlyList<Span> Parse(string spans) =>
        spans.Length == 0
            ? []
            : [.. spans.Split('|').Select(s =>
            {
                var colon = s.IndexOf(':', StringComparison.Ordinal);
                var range = s[(colon + 1)..].Split('-');
                return new Span(s[..colon], int.Parse(range[0], CultureInfo.InvariantCulture), int.Parse(range[1], CultureInfo.InvariantCulture));
            })];

    public bool Holds(Span inner) => ArticleId == inner.ArticleId && Start <= inner.Start && inner.End <= End;

    public override string ToString() => $"{ArticleId}:{Start}-{End}";
}
