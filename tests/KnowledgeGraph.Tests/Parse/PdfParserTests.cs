using System.Text;
using KnowledgeGraph.Ingest.Parse;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Parse;

public class PdfParserTests
{
    private readonly DocumentParser _parser = DocumentParser.CreateDefault();

    [Fact]
    public void Reads_the_text_of_a_real_pdf_as_an_article()
    {
        var pdf = TestDocuments.Pdf("Guangdong Association for Science and Technology", "Notice on the 2024 Youth Science Award nominations.", "Applications close on 30 June 2024.");
        var article = _parser.Parse(ParseFixtures.Bytes("http://example.cn/files/notice.pdf", pdf, "application/pdf")).Should().ContainSingle().Subject;
        article.Text.Should().Contain("Youth Science Award").And.Contain("30 June 2024");
        article.Url.Should().Be("http://example.cn/files/notice.pdf");
    }

    [Fact]
    public void A_pdf_without_a_text_layer_is_refused_with_a_reason()
    {
        var pdf = TestDocuments.Pdf();
        var act = () => _parser.Parse(ParseFixtures.Bytes("scan.pdf", pdf, "application/pdf"));
        act.Should().Throw<InvalidDocumentException>().WithMessage("*no extractable text*");
    }

    [Fact]
    public void A_corrupt_pdf_is_refused_as_corrupt_not_as_a_crash()
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\nxref\ngarbage\ntrailer << /Root 1 0 R >>\n%%EOF");
        var act = () => _parser.Parse(ParseFixtures.Bytes("broken.pdf", bytes, "application/pdf"));
        act.Should().Throw<InvalidDocumentException>().WithMessage("*PDF*");
    }

    [Fact]
    public void An_encrypted_pdf_is_refused()
    {
        var bytes = Encoding.ASCII.GetBytes(
            "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            + "3 0 obj << /Filter /Standard /V 5 /R 6 /Length 256 /O <" + new string('a', 96) + "> /U <" + new string('b', 96) + "> /OE <" + new string('c', 64)
            + "> /UE <" + new string('d', 64) + "> /P -4 /Perms <" + new string('e', 32) + "> >> endobj\n"
            + "trailer << /Root 1 0 R /Encrypt 3 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] /Size 4 >>\n%%EOF");
        var act = () => _parser.Parse(ParseFixtures.Bytes("secret.pdf", bytes, "application/pdf"));
        act.Should().Throw<InvalidDocumentException>().WithMessage("*PDF*");
    }

    [Fact]
    public void Damaged_copies_of_a_real_pdf_give_articles_or_a_refusal_never_another_exception()
    {
        var pdf = TestDocuments.Pdf("China Association for Science and Technology", "Annual meeting notice.");
        var random = new Random(7);
        for (var round = 0; round < 40; round++)
        {
            var damaged = (byte[])pdf.Clone();
            var cut = round % 2 == 0 ? random.Next(10, damaged.Length) : damaged.Length;
            for (var k = 0; k < 8; k++)
            {
                damaged[random.Next(5, damaged.Length)] = (byte)random.Next(256);
            }

            var act = () => _parser.Parse(ParseFixtures.Bytes("damaged.pdf", damaged[..cut], "application/pdf"));
            try
            {
                act();
            }
            catch (InvalidDocumentException)
            {
                // The refusal is the expected outcome for most damage.
            }
        }
    }
}
