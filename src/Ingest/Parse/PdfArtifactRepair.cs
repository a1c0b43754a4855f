using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Ingest.Parse;

/// <summary>
/// Undoes what PDF/Word extraction does to article text: paragraphs cut mid-sentence at column and page breaks, photo
/// captions dropped between them, fragments repeated at the end of the page, form controls and Markdown markers.
/// </summary>
internal sealed partial class PdfArtifactRepair(TextLayoutRules rules)
{
    // Repeats shorter than this are as likely to be legitimate ("特此通知") as artefacts.
    private const int MinimumRepeatLength = 6;

    // Bounds the end-of-text search so a document made of one line repeated is not quadratic.
    private const int MaximumTrailingRepeats = 40;

    /// <summary>Turns normalised text into clean paragraphs.</summary>
    public IReadOnlyList<Paragraph> Repair(string normalizedText)
    {
        var paragraphs = new List<Paragraph>();
        foreach (var line in normalizedText.Split('\n'))
        {
            var paragraph = StripMarkup(line);
            if (paragraph is null)
            {
                continue;
            }

            var text = rules.WithoutInlineCredit(paragraph.Text);
            if (text.Length > 0)
            {
                paragraphs.Add(ReferenceEquals(text, paragraph.Text) ? paragraph : paragraph with { Text = text });
            }
        }

        DropCaptions(paragraphs);
        DropTrailingRepeats(paragraphs);
        return JoinBrokenParagraphs(paragraphs);
    }

    /// <summary>Removes HTML form controls and Markdown markers from one line; null when nothing is left.</summary>
    internal static Paragraph? StripMarkup(string line)
    {
        var text = line;
        if (text.Contains('<', StringComparison.Ordinal))
        {
            text = HtmlTag().Replace(text, " ");
        }

        var level = 0;
        var heading = MarkdownHeading().Match(text);
        if (heading.Success)
        {
            level = heading.Groups[1].Length;
            text = text[heading.Length..];
        }
        else if (text.StartsWith('|') && text.IndexOf('|', 1) < 0)
        {
            // "| 小标题": a sub-head marker the extractor kept from a side bar.
            level = 3;
            text = text[1..];
        }
        else if (text.StartsWith('|'))
        {
            text = TableBar().Replace(text.Trim().Trim('|'), "\t");
        }
        else if (text.StartsWith('>'))
        {
            text = text.TrimStart('>', ' ');
        }

        var label = text.StartsWith("**", StringComparison.Ordinal) || text.StartsWith("__", StringComparison.Ordinal);
        if (text.Contains("**", StringComparison.Ordinal) || text.Contains("__", StringComparison.Ordinal))
        {
            text = text.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal);
        }

        if (!ReferenceEquals(text, line))
        {
            text = TextNormalizer.Normalize(text);
        }

        text = text.Trim(' ', '\t');
        return text.Length == 0 ? null : new Paragraph(text, level, label && !heading.Success);
    }

    private void DropCaptions(List<Paragraph> paragraphs)
    {
        for (var i = paragraphs.Count - 1; i >= 0; i--)
        {
            if (!rules.IsCaption(paragraphs[i].Text))
            {
                continue;
            }

            paragraphs.RemoveAt(i);

            // A photo credit usually follows a short caption title ("颁奖仪式" / "活动方供图"); an article headline is
            // kept because an article opening (本报讯) follows it.
            var title = i - 1;
            var next = i < paragraphs.Count ? paragraphs[i].Text : null;
            if (title >= 0 && IsCaptionTitle(paragraphs[title]) && (next is null || !rules.IsOpening(next)))
            {
                paragraphs.RemoveAt(title);
                i--;
            }
        }
    }

    private bool IsCaptionTitle(Paragraph paragraph) =>
        !paragraph.IsMarkedHeading && paragraph.Text.Length <= rules.CaptionTitleMaxLength && rules.IsHeadlineLike(paragraph.Text)
        && !rules.IsListItem(paragraph.Text) && !rules.IsSubtitle(paragraph.Text) && !rules.IsByline(paragraph.Text);

    /// <summary>
    /// Drops the run of lines at the end whose text already appears earlier: extraction of a page's overflow box
    /// repeats the first words of paragraphs.
    /// </summary>
    private static void DropTrailingRepeats(List<Paragraph> paragraphs)
    {
        if (paragraphs.Count < 2)
        {
            return;
        }

        var offsets = new int[paragraphs.Count];
        var all = new StringBuilder();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            offsets[i] = all.Length;
            all.Append(paragraphs[i].Text);
        }

        var text = all.ToString();
        var keep = paragraphs.Count;
        for (var i = paragraphs.Count - 1; i > 0 && paragraphs.Count - i <= MaximumTrailingRepeats; i--)
        {
            var candidate = paragraphs[i].Text;
            if (candidate.Length < MinimumRepeatLength || text.AsSpan(0, offsets[i]).IndexOf(candidate, StringComparison.Ordinal) < 0)
            {
                break;
            }

            keep = i;
        }

        paragraphs.RemoveRange(keep, paragraphs.Count - keep);
    }

    private List<Paragraph> JoinBrokenParagraphs(List<Paragraph> paragraphs)
    {
        var joined = new List<Paragraph>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            if (joined.Count > 0 && Continues(joined[^1], paragraph))
            {
                var head = joined[^1];
                var separator = CjkCharacters.IsLatinWordChar(head.Text[^1]) && CjkCharacters.IsLatinWordChar(paragraph.Text[0]) ? " " : "";
                joined[^1] = head with { Text = head.Text + separator + paragraph.Text };
            }
            else
            {
                joined.Add(paragraph);
            }
        }

        return joined;
    }

    /// <summary>Whether <paramref name="next"/> is the rest of a sentence that <paramref name="previous"/> broke off.</summary>
    private bool Continues(Paragraph previous, Paragraph next)
    {
        var head = previous.Text;
        var tail = next.Text;
        if (previous.IsMarkedHeading || next.IsMarkedHeading || next.StartsWithLabel || rules.EndsSentence(head))
        {
            return false;
        }

        // A short unpunctuated line is a headline or section head, not half a sentence — unless it ends on 、 or the
        // next paragraph plainly starts mid-sentence ("位。与英国…").
        var brokenHead = rules.EndsMidClause(head) || previous.StartsWithLabel || rules.StartsMidSentence(tail)
            || (!rules.IsHeadlineLike(head) && !rules.IsSectionHeading(head));
        if (!brokenHead || head.Contains('\t', StringComparison.Ordinal) || rules.IsArticleEnd(head) || rules.IsByline(head))
        {
            return false;
        }

        return (!rules.IsHeadlineLike(tail) || rules.StartsMidSentence(tail)) && !rules.IsOpening(tail) && !rules.IsListItem(tail) && !rules.IsArticleEnd(tail) && !rules.StartsWithLabel(tail)
            && !rules.IsSubtitle(tail) && !rules.IsByline(tail) && !tail.Contains('\t', StringComparison.Ordinal)
            && !rules.Metadata.TryRead(tail, out _);
    }

    [GeneratedRegex(@"</?[a-zA-Z][^<>]{0,300}/?>", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"^(#{1,6})\s*", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"\s*\|\s*", RegexOptions.CultureInvariant)]
    private static partial Regex TableBar();
}
