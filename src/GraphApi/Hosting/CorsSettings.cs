namespace KnowledgeGraph.GraphApi.Hosting;

/// <summary>Browser origins allowed to call the API (dashboards served from elsewhere). Empty: same origin only.</summary>
public sealed class CorsSettings
{
    public List<string> Origins { get; set; } = [];
}
