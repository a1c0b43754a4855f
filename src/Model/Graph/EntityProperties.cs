namespace KnowledgeGraph.Model.Graph;

/// <summary>Property keys that both the pipeline and the stores give a meaning to.</summary>
public static class EntityProperties
{
    /// <summary>
    /// A person's affiliation: the organization of their first stated post. People of one name are told apart by it,
    /// so the stores index it next to the person's names.
    /// </summary>
    public const string Affiliation = "affiliation";
}
