namespace KnowledgeGraph.GraphApi;

/// <summary>
/// Names this host's assembly for <c>WebApplicationFactory&lt;GraphApiEntryPoint&gt;</c>. The tests also see the Ingest host's
/// internal top-level <c>Program</c> (InternalsVisibleTo), so <c>Program</c> alone is ambiguous there.
/// </summary>
public sealed class GraphApiEntryPoint
{
    private GraphApiEntryPoint()
    {
    }
}
