using KnowledgeGraph.Model.Storage;
using Microsoft.AspNetCore.Hosting;

namespace KnowledgeGraph.Tests.Api;

/// <summary>An API server whose store answers <c>stats</c> only after 30 s, with a 1 s request timeout.</summary>
public sealed class SlowStoreApiFixture : ApiServerFixture
{
    public SlowGraphStore? Slow { get; private set; }

    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("GraphQL:TimeoutSeconds", "1");

    protected override IGraphStore WrapStore(CountingGraphStore store) => Slow = new SlowGraphStore(store);
}
