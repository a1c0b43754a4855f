using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Tests.Extract;

public class FoundedApprovalTests
{
    [Fact]
    public void Approving_body_founded_what_it_approved()
    {
        var g = ExtractorFixture.Run("经陕西省人民政府批准，陕西省科学技术协会设立陕西省科技人才服务中心。");

        g.Relation(RelationTypes.Founded, "陕西省人民政府", "陕西省科技人才服务中心").Should().NotBeNull();
        g.Relation(RelationTypes.Founded, "陕西省科学技术协会", "陕西省科技人才服务中心").Should().NotBeNull();
    }
}
