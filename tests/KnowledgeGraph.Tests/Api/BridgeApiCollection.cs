namespace KnowledgeGraph.Tests.Api;

/// <summary>The tests over the generated bridge graph share one server and run one after another (call counts need a quiet store).</summary>
[CollectionDefinition(Name)]
public sealed class BridgeApiCollection : ICollectionFixture<BridgeApiFixture>
{
    public const string Name = "BridgeApi";
}
