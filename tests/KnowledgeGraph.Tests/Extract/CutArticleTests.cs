using KnowledgeGraph.Model.Articles;

namespace KnowledgeGraph.Tests.Extract;

/// <summary>
/// Crawled text is cut anywhere (truncated pages, a sentence that opens with 主办：): the extractor reads any piece of a
/// real article without error. Pieces are drawn from the fresh fixture articles (a fixed seed), and every clause alone.
/// </summary>
public class CutArticleTests
{
    [Fact]
    public void Any_piece_of_a_real_article_is_extracted_without_error()
    {
        var random = new Random(7);
        var failures = new List<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Eval"), "*.txt").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(path);
            // random cuts, and every clause read on its own from its first character (where 主办：… starts a line)
            var starts = Enumerable.Range(0, 100).Select(_ => random.Next(text.Length))
                .Concat(Enumerable.Range(1, text.Length - 1).Where(i => "，。；：\n".Contains(text[i - 1])));
            foreach (var start in starts)
            {
                var piece = text[start..Math.Min(text.Length, start + random.Next(1, 80))];
                try
                {
                    ExtractorFixture.Run(piece);
                }
                catch (Exception e)
                {
                    failures.Add($"{Path.GetFileName(path)}: {e.GetType().Name} on \"{piece}\"");
                }
            }
        }

        failures.Should().BeEmpty();
    }
}
