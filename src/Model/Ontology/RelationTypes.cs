namespace KnowledgeGraph.Model.Ontology;

/// <summary>Names of the relation types in <c>ontology.json</c>.</summary>
public static class RelationTypes
{
    public const string Organized = "ORGANIZED";
    public const string Attended = "ATTENDED";
    public const string Founded = "FOUNDED";
    public const string MemberOf = "MEMBER_OF";
    public const string HoldsPosition = "HOLDS_POSITION";
    public const string PartnersWith = "PARTNERS_WITH";
    public const string Visited = "VISITED";
    public const string MetWith = "MET_WITH";
    public const string PartOf = "PART_OF";
}
