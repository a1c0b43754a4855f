using KnowledgeGraph.Ingest.Parse;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Parse;

public class DocxParserTests
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private readonly DocumentParser _parser = DocumentParser.CreateDefault();

    [Fact]
    public void Reads_a_word_notice_with_its_heading_as_title()
    {
        var docx = TestDocuments.Docx(
            ("Heading1", "关于组织申报2024年度广东省科技创新战略专项资金的通知"),
            (null, "各地级以上市科协："),
            (null, "为深入实施创新驱动发展战略，广东省科学技术协会决定组织申报2024年度专项资金。"),
            (null, "广东省科学技术协会"));
        var article = _parser.Parse(ParseFixtures.Bytes("http://example.cn/a/notice.docx", docx, DocxType)).Should().ContainSingle().Subject;
        article.Title.Should().Be("关于组织申报2024年度广东省科技创新战略专项资金的通知");
        article.Text.Should().Contain("广东省科学技术协会决定组织申报");
    }

    [Fact]
    public void An_empty_word_document_is_refused()
    {
        var act = () => _parser.Parse(ParseFixtures.Bytes("empty.docx", TestDocuments.Docx(), DocxType));
        act.Should().Throw<InvalidDocumentException>().WithMessage("*no text*");
    }

    [Fact]
    public void A_zip_bomb_named_docx_is_refused_before_it_is_inflated()
    {
        var bomb = TestDocuments.DocxBomb(8 * 1024 * 1024);
        bomb.Length.Should().BeLessThan(200_000, "the point is a small file that inflates a lot");
        var act = () => _parser.Parse(ParseFixtures.Bytes("bomb.docx", bomb, DocxType));
        act.Should().Throw<InvalidDocumentException>().WithMessage("*zip bomb*");
    }

    [Fact]
    public void A_damaged_word_document_is_refused_as_corrupt()
    {
        var docx = TestDocuments.Docx((null, "中国科协召开常委会议。"));
        var act = () => _parser.Parse(ParseFixtures.Bytes("cut.docx", docx[..(docx.Length / 2)], DocxType));
        act.Should().Throw<InvalidDocumentException>().WithMessage("*Word*");
    }

    [Fact]
    public void A_legacy_doc_file_is_refused_by_name()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        var act = () => _parser.Parse(ParseFixtures.Bytes("old.doc", ole, "application/msword"));
        act.Should().Throw<InvalidDocumentException>().WithMessage("*legacy Office*");
    }
}
