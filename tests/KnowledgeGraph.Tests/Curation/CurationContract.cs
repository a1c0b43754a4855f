using KnowledgeGraph.Store.Neo4j;

namespace KnowledgeGraph.Tests.Curation;

/// <summary>
/// The curation scenarios, written once and run on each store: a derived class picks the store by
/// <see cref="Neo4j"/> (null: the embedded SQLite file; otherwise that Neo4j database, emptied first).
/// </summary>
public abstract class CurationContract
{
    /// <summary>The Neo4j database the API server runs on, or null for the embedded store.</summary>
    protected virtual Neo4jStoreOptions? Neo4j => null;

    /// <summary>A fresh API server over the chosen store, with the sample corpus ingested.</summary>
    protected Task<CurationServer> StartAsync() => CurationServer.StartAsync(neo4j: Neo4j);
}
