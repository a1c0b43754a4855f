using System.Reflection;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Tests.Model;

public class OntologyTests
{
    private static IEnumerable<string> Constants(Type t) =>
        t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void Code_constants_name_exactly_the_terms_of_the_ontology_file()
    {
        var o = KnowledgeOntology.Default;
        Constants(typeof(EntityTypes)).Should().BeEquivalentTo(o.EntityTypes.Select(t => t.Name));
        Constants(typeof(OrganizationKinds)).Should().BeEquivalentTo(o.OrganizationKinds.Select(t => t.Name));
        Constants(typeof(RelationTypes)).Should().BeEquivalentTo(o.RelationTypes.Select(t => t.Name));
    }

    [Fact]
    public void Relation_directions_follow_the_contract()
    {
        var o = KnowledgeOntology.Default;
        o.Allows(RelationTypes.Organized, EntityTypes.Organization, EntityTypes.Event).Should().BeTrue();
        o.Allows(RelationTypes.Organized, EntityTypes.Person, EntityTypes.Event).Should().BeFalse();
        o.Allows(RelationTypes.HoldsPosition, EntityTypes.Person, EntityTypes.Organization).Should().BeTrue();
        o.IsSymmetric(RelationTypes.PartnersWith).Should().BeTrue();
        o.IsSymmetric(RelationTypes.PartOf).Should().BeFalse();
    }

    [Fact]
    public void A_malformed_ontology_file_is_refused_with_a_clear_error()
    {
        using var empty = new MemoryStream("{}"u8.ToArray());
        var act = () => KnowledgeOntology.Parse(empty);
        act.Should().Throw<InvalidDataException>().WithMessage("*entity types*");
    }
}
