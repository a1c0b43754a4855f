namespace KnowledgeGraph.Ingest.Parse;

/// <summary>
/// Reads the head and tail of one article's paragraphs: headline, issuing body, bylines, "label：value" lines,
/// signature and source attribution. Pure metadata lines leave the body; everything that states a fact (bylines
/// included) stays.
/// </summary>
internal sealed class ArticleLayoutReader(TextLayoutRules rules, ArticleSegmenter segmenter)
{
    private const int HeadZone = 6;
    private const int TailZone = 4;

    /// <summary>The article's metadata and the paragraphs of its text (headline first, when it has one).</summary>
    public (ArticleMetadata Metadata, IReadOnlyList<string> Body) Read(IReadOnlyList<Paragraph> segment)
    {
        var body = segment.ToList();
        var metadata = ArticleMetadata.None;
        ReadHead(body, ref metadata);
        ReadTail(body, ref metadata);
        return (metadata, body.Select(p => p.Text).ToList());
    }

    private void ReadHead(List<Paragraph> body, ref ArticleMetadata metadata)
    {
        if (body.Count > 1 && rules.IsIssuer(body[0].Text) && segmenter.IsHeadline(body[1]) && rules.IsDocumentTitle(body[1].Text))
        {
            metadata = metadata with { Publisher = body[0].Text };
            body.RemoveAt(0);
        }

        var first = 0;
        if (body.Count > 0 && segmenter.IsHeadline(body[0]))
        {
            metadata = metadata with { Title = body[0].Text };
            first = 1;
        }

        for (var i = first; i < Math.Min(body.Count, HeadZone); i++)
        {
            var text = body[i].Text;
            if (rules.Metadata.TryRead(text, out var labelled))
            {
                metadata = metadata.Or(labelled with { Title = null }); // 作者：张三, 来源：… are labels, not prose
                if (labelled.Publisher is null && labelled.Author is null)
                {
                    body.RemoveAt(i--);
                }

                // a line naming who published or wrote the article stays in the text too, as a byline does: 来源：联盟秘书处
                // is a body of the article, 作者：徐晨 a post at the outlet named beside it
            }
            else if (rules.IsByline(text))
            {
                // the byline stays in the text too: "本刊记者 王某" states who reported for the outlet (a Person, and a
                // post at a named outlet), and the extractor reads facts only from the text
                metadata = metadata with { Author = metadata.Author ?? rules.NamesIn(text) };
            }
            else if (ChineseDate.IsDateOnly(text, out var date))
            {
                metadata = metadata with { PublishedOn = metadata.PublishedOn ?? date };
                body.RemoveAt(i--);
            }
            else if (rules.MatchOpening(text) is { Success: true } opening)
            {
                metadata = metadata with { Author = metadata.Author ?? OpeningByline(text, opening.Length) };
                break;
            }
            else if (!rules.IsSubtitle(text) && !segmenter.IsHeadline(body[i]))
            {
                break;
            }
        }
    }

    private void ReadTail(List<Paragraph> body, ref ArticleMetadata metadata)
    {
        for (var seen = 0; seen < TailZone && body.Count > 1; seen++)
        {
            var text = body[^1].Text;
            if (ChineseDate.IsDateOnly(text, out var date))
            {
                metadata = metadata with { PublishedOn = metadata.PublishedOn ?? date };
                body.RemoveAt(body.Count - 1);
                if (body.Count > 1 && rules.IsIssuer(body[^1].Text))
                {
                    metadata = metadata with { Publisher = metadata.Publisher ?? body[^1].Text };
                    body.RemoveAt(body.Count - 1);
                }
            }
            else if (rules.IsArticleEnd(text))
            {
                if (rules.Metadata.TryRead(text, out var labelled))
                {
                    metadata = metadata.Or(labelled with { Title = null });
                }
                else if (Attribution(text) is { } source)
                {
                    if (metadata.Publisher is { } publisher && publisher != source)
                    {
                        break; // a second body credited (来源：市科协 … （市科协办公室供稿）): a fact the text keeps
                    }

                    metadata = metadata with { Publisher = source };
                }

                body.RemoveAt(body.Count - 1);
            }
            else if (rules.Metadata.TryRead(text, out var labelled))
            {
                metadata = metadata.Or(labelled with { Title = null });
                body.RemoveAt(body.Count - 1);
            }
            else
            {
                break;
            }
        }
    }

    // "(广州市科协)" and "(成都市科协办公室供稿)" credit the body that supplied the story; "(完)" credits nobody.
    private static string? Attribution(string text)
    {
        var inner = text.Trim('(', ')', '（', '）', '[', ']', '【', '】').Trim();
        foreach (var supplied in (string[])["供稿", "提供"])
        {
            inner = inner.EndsWith(supplied, StringComparison.Ordinal) ? inner[..^supplied.Length].TrimEnd() : inner;
        }

        return inner.Length >= 2 ? inner : null;
    }

    // "本报讯(记者 杨楚瑜)…": the parenthesis right after the dateline names the reporters.
    private string? OpeningByline(string text, int openingLength)
    {
        var open = text.IndexOfAny(['(', '（'], 0, Math.Min(text.Length, openingLength + 4));
        if (open < 0)
        {
            return null;
        }

        var close = text.IndexOfAny([')', '）'], open);
        if (close < 0 || close - open > 48)
        {
            return null;
        }

        var inner = text[(open + 1)..close];
        return rules.MentionsBylineRole(inner) ? rules.NamesIn(inner) : null;
    }
}
