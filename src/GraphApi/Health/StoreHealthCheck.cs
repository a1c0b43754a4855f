using KnowledgeGraph.Model.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.GraphApi.Health;

/// <summary>Ready means the store answers a cheap question within a few seconds.</summary>
public sealed class StoreHealthCheck(IGraphStore store) : IHealthCheck
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Patience);
        try
        {
            var stats = await store.GetStatsAsync(timeout.Token);
            return HealthCheckResult.Healthy($"{stats.Entities} entities, {stats.Relations} relations, {stats.Articles} articles.");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The graph store does not answer.", e);
        }
    }
}
