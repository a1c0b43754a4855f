namespace KnowledgeGraph.Ingest.Parse;

/// <summary>
/// Finds where articles start on a page that holds several: at a headline whose article opens with a dateline
/// (本报讯, 新华社…电), or at a headline after an article's closing mark ("(广州市科协)", "(完)").
/// </summary>
internal sealed class ArticleSegmenter(TextLayoutRules rules)
{
    /// <summary>The index of the first paragraph of each article, in order; always starts with 0.</summary>
    public IReadOnlyList<int> FindStarts(IReadOnlyList<Paragraph> paragraphs)
    {
        var starts = new List<int> { 0 };
        for (var i = 1; i < paragraphs.Count; i++)
        {
            var start = -1;
            if (rules.IsOpening(paragraphs[i].Text))
            {
                start = HeadStart(paragraphs, i, starts[^1]);
            }
            else if (rules.IsArticleEnd(paragraphs[i - 1].Text) && i + 1 < paragraphs.Count && IsHeadline(paragraphs[i]))
            {
                start = i;
            }

            if (start > starts[^1])
            {
                starts.Add(start);
            }
        }

        return starts;
    }

    /// <summary>A candidate headline: short, unpunctuated, and not a section number, date, signature or metadata line.</summary>
    public bool IsHeadline(Paragraph paragraph)
    {
        var text = paragraph.Text;
        return (paragraph.IsMarkedHeading || rules.IsHeadlineLike(text))
            && !paragraph.StartsWithLabel && !rules.IsListItem(text) && !rules.IsArticleEnd(text) && !rules.IsOpening(text)
            && !rules.IsByline(text) && !ChineseDate.IsDateOnly(text, out _) && !rules.Metadata.TryRead(text, out _);
    }

    // Walks back from the opening over the sub-title, byline, metadata lines (来源：… 作者：…) and the headline (one or two
    // lines) that belong to the same article.
    private int HeadStart(IReadOnlyList<Paragraph> paragraphs, int opening, int previousStart)
    {
        var start = opening;
        var headlines = 0;
        for (var j = opening - 1; j >= previousStart && opening - j <= 5; j--)
        {
            var paragraph = paragraphs[j];
            if (rules.IsSubtitle(paragraph.Text) || rules.IsByline(paragraph.Text) || (headlines == 0 && rules.Metadata.TryRead(paragraph.Text, out _)))
            {
                start = j;
            }
            else if (headlines < 2 && IsHeadline(paragraph))
            {
                start = j; // a headline, and the line above it when that is one too (引题 or a two-line title)
                headlines++;
            }
            else
            {
                break;
            }
        }

        return start;
    }
}
