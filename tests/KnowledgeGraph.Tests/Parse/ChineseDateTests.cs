using KnowledgeGraph.Ingest.Parse;

namespace KnowledgeGraph.Tests.Parse;

public class ChineseDateTests
{
    [Theory]
    [InlineData("发布时间：2020-03-10", 2020, 3, 10)]
    [InlineData("2020/3/9 10:30", 2020, 3, 9)]
    [InlineData("2020年10月9日", 2020, 10, 9)]
    [InlineData("2024-05-16T09:30:00+08:00", 2024, 5, 16)]
    [InlineData("二〇二〇年三月十日", 2020, 3, 10)]
    [InlineData("二○二一年十二月二十一日", 2021, 12, 21)]
    public void Finds_dates_in_the_forms_chinese_pages_print(string text, int year, int month, int day) =>
        ChineseDate.Find(text).Should().Be(new DateOnly(year, month, day));

    [Theory]
    [InlineData("2020年13月40日")]
    [InlineData("电话020-83163682")]
    [InlineData("1月27日")]
    public void Finds_no_date_where_there_is_none(string text) => ChineseDate.Find(text).Should().BeNull();

    [Fact]
    public void Tells_a_date_line_from_a_sentence_with_a_date()
    {
        ChineseDate.IsDateOnly("2020年10月9日", out _).Should().BeTrue();
        ChineseDate.IsDateOnly("2024-05-16 09:30 星期四", out _).Should().BeTrue();
        ChineseDate.IsDateOnly("2020年3月25日前报送材料", out _).Should().BeFalse();
    }
}
