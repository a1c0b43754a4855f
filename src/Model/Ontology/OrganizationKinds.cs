namespace KnowledgeGraph.Model.Ontology;

/// <summary>Names of the organization kinds in <c>ontology.json</c>.</summary>
public static class OrganizationKinds
{
    public const string Association = "Association";
    public const string Society = "Society";
    public const string OverseasSociety = "OverseasSociety";
    public const string InternationalOrganization = "InternationalOrganization";
    public const string ForeignOrganization = "ForeignOrganization";
    public const string Alliance = "Alliance";
    public const string Government = "Government";
    public const string Enterprise = "Enterprise";
    public const string University = "University";
    public const string ResearchInstitute = "ResearchInstitute";
    public const string Platform = "Platform";
    public const string Media = "Media";
    public const string Department = "Department";
    public const string Other = "Other";
}
