namespace KnowledgeGraph.GraphApi.Graph.Loading;

/// <summary>
/// Per-request batching and caching of store look-ups: keys asked for while the executor walks one level are queued, and the
/// first result the executor awaits fetches all of them in one call. Each key is fetched at most once per request.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
    where TValue : class
{
    private readonly Lock _gate = new();
    private readonly HashSet<TKey> _queued = [];
    private readonly Dictionary<TKey, Lazy<Task<IReadOnlyDictionary<TKey, TValue>>>> _batches = [];
    private readonly Dictionary<TKey, TValue?> _known = [];

    public DeferredResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_known.ContainsKey(key) && !_batches.ContainsKey(key))
            {
                _queued.Add(key);
            }
        }

        return new DeferredResult<TValue?>(ct => GetAsync(key, ct));
    }

    /// <summary>Records values another call already returned (a neighbourhood's nodes), so later look-ups cost nothing.</summary>
    public void Prime(IEnumerable<KeyValuePair<TKey, TValue>> values)
    {
        lock (_gate)
        {
            foreach (var (key, value) in values)
            {
                _known.TryAdd(key, value);
                _queued.Remove(key);
            }
        }
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken ct)
    {
        Lazy<Task<IReadOnlyDictionary<TKey, TValue>>>? batch;
        lock (_gate)
        {
            if (_known.TryGetValue(key, out var value))
            {
                return value;
            }

            if (!_batches.TryGetValue(key, out batch))
            {
                var keys = _queued.Append(key).Distinct().ToList();
                _queued.Clear();
                batch = new Lazy<Task<IReadOnlyDictionary<TKey, TValue>>>(() => fetch(keys, ct));
                foreach (var k in keys)
                {
                    _batches[k] = batch;
                }
            }
        }

        // The fetch starts outside the lock: the store call may take a while and other keys only need the Lazy.
        var loaded = await batch.Value;
        var result = loaded.GetValueOrDefault(key);
        lock (_gate)
        {
            _known.TryAdd(key, result);
        }

        return result;
    }
}
