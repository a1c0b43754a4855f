using KnowledgeGraph.Ingest.Parse;

namespace KnowledgeGraph.Tests.Parse;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("ＡＢＣ１２３，（记者）", "ABC123,(记者)")]
    [InlineData("来源：省科协；日期", "来源：省科协；日期")]
    [InlineData("“科创中国”、《科技导报》。", "“科创中国”、《科技导报》。")]
    public void Folds_full_width_ascii_but_keeps_chinese_punctuation(string input, string expected) =>
        TextNormalizer.Normalize(input).Should().Be(expected);

    [Theory]
    [InlineData("深港 穗创", "深港穗创")]
    [InlineData("在 2020 年两场", "在2020年两场")]
    [InlineData("Nature  Communications 发表", "Nature Communications 发表")]
    [InlineData("本报讯\u3000(记者\u3000杨楚瑜)", "本报讯(记者杨楚瑜)")]
    [InlineData("第\u200B一\uFEFF届", "第一届")]
    [InlineData("A\u00A0B", "A B")]
    public void Removes_layout_spaces_inside_chinese_and_keeps_spaces_between_latin_words(string input, string expected) =>
        TextNormalizer.Normalize(input).Should().Be(expected);

    [Fact]
    public void Unifies_line_ends_and_trims_lines()
    {
        TextNormalizer.Normalize("  第一段  \r\n\r\n第二段\r第三段\t\t列").Should().Be("第一段\n\n第二段\n第三段\t列");
    }
}
