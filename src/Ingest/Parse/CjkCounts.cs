using AngleSharp.Dom;

namespace KnowledgeGraph.Ingest.Parse;

/// <summary>Per element: ideographs in its own text nodes, in all its text, and in its links — computed bottom-up in one pass.</summary>
internal sealed class CjkCounts
{
    private readonly Dictionary<IElement, (int Own, int Total, int Linked)> _counts = [];

    private CjkCounts()
    {
    }

    public static CjkCounts Of(IElement root)
    {
        var counts = new CjkCounts();
        var elements = DomWalk.Descendants(root).Prepend(root).ToList();

        // Reverse document order visits every child before its parent.
        for (var i = elements.Count - 1; i >= 0; i--)
        {
            var element = elements[i];
            int own = 0, total = 0, linked = 0;
            foreach (var child in element.ChildNodes)
            {
                if (child is IText text)
                {
                    own += CjkCharacters.CountIdeographs(text.Data);
                }
                else if (child is IElement childElement && counts._counts.TryGetValue(childElement, out var c))
                {
                    total += c.Total;
                    linked += c.Linked;
                }
            }

            total += own;
            if (element.LocalName == "a")
            {
                linked = total;
            }

            counts._counts[element] = (own, total, linked);
        }

        return counts;
    }

    public int Own(IElement element) => _counts.GetValueOrDefault(element).Own;

    public int Total(IElement element) => _counts.GetValueOrDefault(element).Total;

    public double LinkDensity(IElement element)
    {
        var (_, total, linked) = _counts.GetValueOrDefault(element);
        return total == 0 ? 1 : (double)linked / total;
    }
}
