namespace KnowledgeGraph.GraphApi.Security;

/// <summary>A named key (Api:ApiKeys): the name shows in logs, the key never does. Checked by ApiOptionsValidator.</summary>
public sealed class ApiKey
{
    public string Name { get; set; } = "";
    public string Key { get; set; } = "";
}
