using KnowledgeGraph.Model.Storage;
using Microsoft.Extensions.Hosting;

namespace KnowledgeGraph.Store;

/// <summary>Creates or migrates the store when the host starts, so a bad database file stops start-up with its error.</summary>
internal sealed class GraphStoreInitializer(IGraphStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
