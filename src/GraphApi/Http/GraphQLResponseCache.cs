using System.Collections.Concurrent;
using KnowledgeGraph.GraphApi.Hosting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphApi.Http;

/// <summary>
/// Serialised answers to queries, reused while the store's data version stands. Dashboards poll the same documents with
/// the same variables every few seconds, and the graph changes when an ingest batch commits: between two commits every
/// poll after the first is answered from here, without parsing, validating, executing or reading the store.
/// <para>
/// Keyed by the request exactly as it arrived (GET query string or POST body), so a hit is one dictionary look-up; the
/// same request spelled differently is a miss, never a wrong answer. Only queries that executed without an error are
/// kept (not mutations, refusals, timeouts). Reads answer every caller alike, and whether a caller may read at all is
/// decided before the cache is asked, so the caller is not part of the key. Versions only grow; once a newer one is
/// seen the older answers are dropped.
/// </para>
/// <para>
/// Bounded in bytes (keys and answers, <see cref="ResponseCacheSettings.MaxBytes"/>), not in entries: a lookup's answer
/// is a few hundred bytes, a page of a timeline tens of kilobytes. When an answer does not fit, the cache is emptied and
/// refills with what is asked next. Look-ups take no lock; additions (misses only) take one, so the byte count is exact.
/// </para>
/// </summary>
public sealed class GraphQLResponseCache(IOptions<ApiOptions> options)
{
    /// <summary>An answer: the bytes of the response body, and the operation name the request log shows for it.</summary>
    public sealed record Entry(long Version, byte[] Body, string? OperationName);

    /// <summary>Keys longer than this are not kept: a request this large is not a dashboard's poll.</summary>
    public const int MaxKeyLength = ValidatedDocumentCache.MaxQueryLength;

    private readonly ResponseCacheSettings _settings = options.Value.ResponseCache;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _additions = new();
    private long _newestVersion = long.MinValue;
    private long _bytes;

    public int Count => _entries.Count;

    /// <summary>Bytes held, keys included.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>The key of a request, or null when its answer is not to be kept or looked for.</summary>
    public string? KeyOf(bool isGet, string? raw) =>
        _settings.Enabled && raw is { Length: > 0 and <= MaxKeyLength } ? (isGet ? "GET " : "POST ") + raw : null;

    public Entry? Lookup(string key, long version) =>
        _entries.TryGetValue(key, out var entry) && entry.Version == version ? entry : null;

    /// <summary>Keeps an answer read at <paramref name="version"/>; answers of older versions go.</summary>
    public void Add(string key, long version, byte[] body, string? operationName)
    {
        if (body.Length > _settings.MaxEntryBytes)
        {
            return;
        }

        lock (_additions)
        {
            if (version < _newestVersion)
            {
                return; // read before a commit that another request has already seen: stale on arrival
            }

            if (version > _newestVersion)
            {
                _newestVersion = version;
                Clear();
            }

            if (_entries.TryRemove(key, out var replaced))
            {
                Interlocked.Add(ref _bytes, -SizeOf(key, replaced.Body));
            }

            var size = SizeOf(key, body);
            if (Bytes + size > _settings.MaxBytes)
            {
                Clear();
            }

            _entries[key] = new Entry(version, body, operationName);
            Interlocked.Add(ref _bytes, size);
        }
    }

    private static long SizeOf(string key, byte[] body) => (2L * key.Length) + body.Length;

    private void Clear()
    {
        _entries.Clear();
        Interlocked.Exchange(ref _bytes, 0);
    }
}
