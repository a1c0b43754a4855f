using System.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Model.Articles;

namespace KnowledgeGraph.Ingest.Crawl.Running;

/// <summary>
/// What makes two pages "the same article": the letters and digits of their text, in order. A syndicating site wraps the
/// text in its own spacing and punctuation widths, which this ignores; any change of wording is a different article.
/// </summary>
public static class ContentFingerprint
{
    public static string Of(IEnumerable<Article> articles)
    {
        var text = new StringBuilder();
        foreach (var article in articles)
        {
            foreach (var ch in article.Text.Normalize(NormalizationForm.FormKC))
            {
                if (char.IsLetterOrDigit(ch))
                {
                    text.Append(ch);
                }
            }

            text.Append('\u001f');
        }

        return Ids.ContentHash(text.ToString());
    }
}
