using AngleSharp.Dom;

namespace KnowledgeGraph.Ingest.Parse;

/// <summary>
/// Finds the element that holds the article: a known CMS container when one has enough Chinese text, otherwise the
/// element where paragraphs of Chinese text concentrate with the fewest links (a text-density heuristic).
/// </summary>
internal sealed class HtmlContentLocator(HtmlLayoutRules rules)
{
    // A container that is mostly links is a menu or a list page, not an article.
    private const double MaximumLinkDensity = 0.5;

    // A block whose own text has fewer ideographs than this is a label or a menu item, not a paragraph.
    private const int MinimumParagraphCjk = 8;

    public IElement Locate(IElement body)
    {
        var counts = CjkCounts.Of(body);
        foreach (var selector in rules.ContentSelectors)
        {
            IElement? best = null;
            foreach (var element in DomWalk.Descendants(body))
            {
                if (selector.Matches(element) && counts.Total(element) >= rules.MinimumContainerCjk && counts.LinkDensity(element) <= MaximumLinkDensity
                    && (best is null || counts.Total(element) > counts.Total(best)))
                {
                    best = element;
                }
            }

            if (best is not null)
            {
                return best;
            }
        }

        return ByDensity(body, counts);
    }

    private static IElement ByDensity(IElement body, CjkCounts counts)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var element in DomWalk.Descendants(body))
        {
            var own = counts.Own(element);
            if (own < MinimumParagraphCjk)
            {
                continue;
            }

            // A paragraph counts for the block it sits in, and half for the block around that (readability's rule).
            Add(scores, element, own);
            if (element.ParentElement is { } parent)
            {
                Add(scores, parent, own);
                if (parent.ParentElement is { } grandparent)
                {
                    Add(scores, grandparent, own / 2.0);
                }
            }
        }

        var best = body;
        var bestScore = 0.0;
        foreach (var element in DomWalk.Descendants(body))
        {
            if (scores.TryGetValue(element, out var score))
            {
                score *= 1 - counts.LinkDensity(element);
                if (score >= bestScore)
                {
                    (best, bestScore) = (element, score);
                }
            }
        }

        return best;
    }

    private static void Add(Dictionary<IElement, double> scores, IElement element, double score) =>
        scores[element] = scores.GetValueOrDefault(element) + score;
}
