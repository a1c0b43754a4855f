using System.Text;
using System.Text.Json;
using KnowledgeGraph.Ingest.Cli;
using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Extraction;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Tests.Cli;

public class GoldFormatWriterTests
{
    [Fact]
    public async Task Writes_the_gold_format_with_readable_chinese()
    {
        var article = new Article("a1", "h001", "中国科学技术协会（中国科协）主办论坛。");
        var graph = new DocumentGraph(article,
            [
                new ExtractedEntity(EntityTypes.Organization, "中国科学技术协会") { Kind = OrganizationKinds.Association, Aliases = ["中国科协"] },
                new ExtractedEntity(EntityTypes.Event, "2026世界科技论坛"),
            ],
            [new ExtractedRelation(RelationTypes.Organized, "中国科学技术协会", "2026世界科技论坛") { Properties = new Dictionary<string, string> { ["role"] = "host" } }]);

        using var buffer = new MemoryStream();
        await using (var writer = new GoldFormatWriter(buffer))
        {
            await writer.WriteAsync("h001", graph);
        }

        var text = Encoding.UTF8.GetString(buffer.ToArray());
        text.Should().Contain("中国科学技术协会").And.NotContain("\\u");
        var doc = JsonDocument.Parse(text).RootElement[0];
        doc.GetProperty("doc").GetString().Should().Be("h001");
        var org = doc.GetProperty("entities")[0];
        org.GetProperty("kind").GetString().Should().Be("Association");
        org.GetProperty("aliases")[0].GetString().Should().Be("中国科协");
        doc.GetProperty("entities")[1].TryGetProperty("kind", out _).Should().BeFalse();
        var rel = doc.GetProperty("relations")[0];
        rel.GetProperty("type").GetString().Should().Be("ORGANIZED");
        rel.GetProperty("role").GetString().Should().Be("host");
        rel.GetProperty("source").GetString().Should().Be("中国科学技术协会");
        rel.GetProperty("target").GetString().Should().Be("2026世界科技论坛");
    }

    [Fact]
    public async Task No_documents_is_an_empty_json_list()
    {
        using var buffer = new MemoryStream();
        await using (new GoldFormatWriter(buffer))
        {
        }

        JsonDocument.Parse(buffer.ToArray()).RootElement.GetArrayLength().Should().Be(0);
    }
}
