using System.Text;
using KnowledgeGraph.Ingest.Parse;

namespace KnowledgeGraph.Tests.Parse;

public class DocumentParserTests
{
    private readonly DocumentParser _parser = DocumentParser.CreateDefault();

    [Fact]
    public void Refuses_an_empty_file()
    {
        var act = () => _parser.Parse(ParseFixtures.Bytes("empty.txt", []));
        act.Should().Throw<InvalidDocumentException>().WithMessage("*empty*").Which.Origin.Should().Be("empty.txt");
    }

    [Fact]
    public void Refuses_a_whitespace_only_file()
    {
        var act = () => _parser.Parse(ParseFixtures.Utf8("blank.txt", " \r\n\t\n  "));
        act.Should().Throw<InvalidDocumentException>().WithMessage("*whitespace*");
    }

    [Fact]
    public void Refuses_a_file_of_ideographic_spaces_and_invisible_characters()
    {
        var act = () => _parser.Parse(ParseFixtures.Utf8("blank.txt", "\u3000\u3000\n\u200B\u00A0"));
        act.Should().Throw<InvalidDocumentException>().WithMessage("*no text*");
    }

    [Fact]
    public void Refuses_a_png_image()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
        var act = () => _parser.Parse(ParseFixtures.Bytes("photo.txt", png, "text/plain"));
        act.Should().Throw<InvalidDocumentException>().WithMessage("*PNG*");
    }

    [Fact]
    public void Refuses_random_bytes_with_nul_bytes()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        bytes[100] = 0;
        var act = () => _parser.Parse(ParseFixtures.Bytes("blob.bin", bytes));
        act.Should().Throw<InvalidDocumentException>().WithMessage("*binary*");
    }

    [Fact]
    public void Sends_html_to_the_html_parser_and_text_to_the_text_parser()
    {
        _parser.Parse(ParseFixtures.Document("cms-article.html")).Single().Publisher.Should().Be("广东省科学技术协会");
        _parser.Parse(ParseFixtures.Document("newspaper-page.txt")).Should().HaveCount(2);
    }

    [Fact]
    public void Splits_the_real_seed_page_into_its_news_items()
    {
        var articles = _parser.Parse(ParseFixtures.Seed("000_"));

        articles.Should().HaveCount(3);
        articles[0].Text.Should().Contain("深港穗创新集群");
    }

    [Fact]
    public void Parses_every_seed_without_losing_a_document()
    {
        foreach (var prefix in new[] { "000_", "001_", "002_", "003_", "004_" })
        {
            _parser.Parse(ParseFixtures.Seed(prefix)).Should().NotBeEmpty().And.AllSatisfy(a => a.Text.Length.Should().BeGreaterThan(200));
        }
    }

    [Fact]
    public void Parses_twenty_megabytes_of_text()
    {
        const string Item = "广州召开科技工作会议\n\n本报讯(记者 张三)3月1日,广州市科协召开科技工作会议,部署全年重点任务,会议强调要加快建设国际科技创新中心,深化粤港澳大湾区科技合作。\n\n会议指出,要围绕产业链部署创新链,推动科技成果转化,服务\n\n高质量发展。\n\n";
        var text = new StringBuilder(21 * 1024 * 1024);
        while (text.Length * 3 < 20 * 1024 * 1024)
        {
            text.Append(Item);
        }

        var articles = _parser.Parse(ParseFixtures.Utf8("huge.txt", text.ToString()));

        articles.Should().HaveCountGreaterThan(1000);
        articles[^1].Text.Should().Contain("服务高质量发展。");
    }

    [Fact]
    public void Needs_at_least_one_parser()
    {
        var act = () => new DocumentParser([]);
        act.Should().Throw<ArgumentException>();
    }
}
