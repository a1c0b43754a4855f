namespace KnowledgeGraph.Tests.Api;

/// <summary>The tests over the ingested sample corpus share one server.</summary>
[CollectionDefinition(Name)]
public sealed class CorpusApiCollection : ICollectionFixture<CorpusApiFixture>
{
    public const string Name = "CorpusApi";
}
