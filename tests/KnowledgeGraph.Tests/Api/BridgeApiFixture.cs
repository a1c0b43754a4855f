using KnowledgeGraph.Tests.Store;

namespace KnowledgeGraph.Tests.Api;

/// <summary>An API server over the generated <see cref="BridgeNetwork"/>, whose network answers are known by construction.</summary>
public sealed class BridgeApiFixture : ApiServerFixture
{
    protected override Task SeedAsync() => BridgeNetwork.WriteAsync(Store);
}
