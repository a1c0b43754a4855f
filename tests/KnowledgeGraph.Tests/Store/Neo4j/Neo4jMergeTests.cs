using KnowledgeGraph.Store.Neo4j;
using KnowledgeGraph.Tests.Curation;

namespace KnowledgeGraph.Tests.Store.Neo4j;

/// <summary>
/// The <see cref="MergeContract"/> on a live Neo4j (see <see cref="LiveNeo4j"/>): the API server runs with
/// Store:Provider=Neo4j, so decisions and re-derivation go through the Neo4j store. Skipped without NEO4J_URI.
/// </summary>
[RequiresLiveNeo4j]
[Collection(nameof(LiveNeo4j))]
public sealed class Neo4jMergeTests : MergeContract
{
    protected override Neo4jStoreOptions? Neo4j => LiveNeo4j.Options();
}
