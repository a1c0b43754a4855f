using GraphQL.DataLoader;

namespace KnowledgeGraph.GraphApi.Graph.Loading;

/// <summary>
/// A value the executor fetches after it has run every resolver of the current level, which is what lets a
/// <see cref="BatchLoader{TKey, TValue}"/> gather all keys of the level before it calls the store.
/// </summary>
public sealed class DeferredResult<T>(Func<CancellationToken, Task<T>> fetch) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => fetch(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await fetch(cancellationToken);

    /// <summary>Shapes the value once it is loaded (a page of relations from all of an entity's relations).</summary>
    public DeferredResult<TOut> Then<TOut>(Func<T, TOut> map) => new(async ct => map(await fetch(ct)));
}
