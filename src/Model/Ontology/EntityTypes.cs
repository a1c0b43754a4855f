namespace KnowledgeGraph.Model.Ontology;

/// <summary>Names of the entity types in <c>ontology.json</c>, for code that refers to one (tests keep the two in step).</summary>
public static class EntityTypes
{
    public const string Organization = "Organization";
    public const string Person = "Person";
    public const string Event = "Event";
    public const string Program = "Program";
}
