using System.Text;
using KnowledgeGraph.Ingest.Parse;

namespace KnowledgeGraph.Tests.Parse;

public class TextDecoderTests
{
    private const string Chinese = "广东省科学技术协会召开海智工作推进会，部署海外人才引进与科技交流合作的重点任务。";

    private static string Decode(byte[] bytes, string? contentType = null, bool html = false) =>
        TextDecoder.Decode(ParseFixtures.Bytes("x", bytes, contentType), html).Text;

    [Fact]
    public void Decodes_gbk_declared_in_the_content_type() =>
        Decode(ParseFixtures.Gbk.GetBytes(Chinese), "text/plain; charset=gbk").Should().Be(Chinese);

    [Fact]
    public void Decodes_gbk_declared_in_a_meta_tag()
    {
        var page = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><p>{Chinese}</p></body></html>";
        Decode(ParseFixtures.Gbk.GetBytes(page), html: true).Should().Contain(Chinese);
    }

    [Fact]
    public void Decodes_gbk_that_is_wrongly_declared_utf8()
    {
        var page = $"<html><head><meta charset=\"utf-8\"></head><body><p>{Chinese}</p></body></html>";
        var bytes = ParseFixtures.Gbk.GetBytes(page);
        Decode(bytes, "text/html; charset=UTF-8", html: true).Should().Contain(Chinese);
    }

    [Fact]
    public void Decodes_utf8_with_a_bom_and_drops_the_bom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Chinese)).ToArray();
        Decode(bytes, "text/plain; charset=gbk").Should().Be(Chinese);
    }

    [Fact]
    public void Decodes_utf16_with_a_bom() =>
        Decode(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Chinese)).ToArray()).Should().Be(Chinese);

    [Fact]
    public void Detects_undeclared_gbk() => Decode(ParseFixtures.Gbk.GetBytes(Chinese + Chinese)).Should().Be(Chinese + Chinese);

    [Fact]
    public void Decodes_a_page_truncated_in_the_middle_of_a_character()
    {
        var bytes = Encoding.UTF8.GetBytes(Chinese);
        Decode(bytes[..^1], "text/plain; charset=utf-8").Should().StartWith(Chinese[..^2]);
    }

    [Fact]
    public void Refuses_bytes_that_are_no_text_in_any_charset()
    {
        var bytes = Enumerable.Range(0, 4000).Select(i => (byte)(i % 2 == 0 ? 0x80 : 0xFF)).ToArray();
        var act = () => Decode(bytes);
        act.Should().Throw<InvalidDocumentException>().WithMessage("*undecodable*");
    }

    [Theory]
    [InlineData("GB2312", 54936)]
    [InlineData("gbk", 54936)]
    [InlineData("\"utf-8\"", 65001)]
    [InlineData("big5", 950)]
    public void Resolves_charset_labels_to_their_superset_encoding(string label, int codePage) =>
        TextDecoder.Resolve(label)!.CodePage.Should().Be(codePage);
}
