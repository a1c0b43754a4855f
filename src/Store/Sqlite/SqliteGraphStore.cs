using KnowledgeGraph.Model;
using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;
using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Analysis;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// The embedded graph store: one SQLite file in WAL mode. One writer at a time (a batch is one transaction);
/// readers run concurrently, each on its own connection (kept open with its prepared statements, see
/// <see cref="ReadConnectionPool"/>), and see the last committed batch.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore, IDisposable
{
    private readonly SqliteConnectionFactory _connections;
    private readonly ReadConnectionPool _readers;
    private readonly DataVersionProbe _dataVersion;
    private readonly GraphQueries _queries;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly SemaphoreSlim _initialization = new(1, 1);
    private volatile bool _initialized;

    public SqliteGraphStore(IOptions<SqliteStoreOptions> options, TimeProvider? time = null, KnowledgeOntology? ontology = null)
    {
        _connections = new SqliteConnectionFactory(options.Value);
        _readers = new ReadConnectionPool(_connections);
        _dataVersion = new DataVersionProbe(_connections);
        _queries = new GraphQueries((ontology ?? KnowledgeOntology.Default).RelationTypes.Where(t => t.Symmetric).Select(t => t.Name).ToList());
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The database file this store uses.</summary>
    public string Path => _connections.FullPath;

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await _initialization.WaitAsync(ct);
        try
        {
            if (_initialized)
            {
                return;
            }

            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            await SchemaMigrator.MigrateAsync(_connections, ct);
            _initialized = true;
        }
        finally
        {
            _initialization.Release();
        }
    }

    public async Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await _writer.WaitAsync(ct);
        try
        {
            await using var connection = await OpenForWritingAsync(ct);
            return BatchWriter.Write(connection, batch, _time.GetUtcNow(), ct);
        }
        finally
        {
            _writer.Release();
        }
    }

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<Entity>>(async c =>
        {
            var found = (await _queries.EntitiesByIdsAsync(c, ids.Distinct(), ct)).ToDictionary(e => e.Id, StringComparer.Ordinal);
            return ids.Distinct().Where(found.ContainsKey).Select(id => found[id]).ToList();
        }, ct);

    public Task<IReadOnlyList<Entity>> FindByNamesAsync(IReadOnlyCollection<string> names, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<Entity>>(async c =>
            await _queries.EntitiesByNormalizedNamesAsync(c, names.Select(Ids.Normalize).Distinct(), ct), ct);

    public Task<IReadOnlyList<Entity>> FindResolutionCandidatesAsync(
        IReadOnlyCollection<string> names, IReadOnlyCollection<AffiliatedName> affiliated, int othersPerName, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(othersPerName);
        return ReadAsync<IReadOnlyList<Entity>>(async c => await _queries.EntitiesForResolutionAsync(c,
            names.Select(Ids.Normalize).Distinct(),
            affiliated.Select(a => new AffiliatedName(Ids.Normalize(a.Name), Ids.Normalize(a.Affiliation))).Distinct(),
            othersPerName, ct), ct);
    }

    public Task<Page<Entity>> ListEntitiesAsync(EntityFilter filter, PageRequest page, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(page.First, nameof(page));
        var after = page.After is null ? null : EntityCursor.Decode(page.After);
        return ReadAsync(async c =>
        {
            var total = await _queries.CountEntitiesAsync(c, filter, ct);
            var rows = await _queries.EntityPageAsync(c, filter, after, (long)page.First + 1, ct);
            var items = rows.Take(page.First).ToList();
            var cursors = items.Select(e => new EntityCursor(e.Name, e.Id).Encode()).ToList();
            return new Page<Entity>(items, total, rows.Count > page.First, cursors.LastOrDefault(), cursors);
        }, ct);
    }

    public Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> entityIds, RelationFilter filter, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<Relation>>(async c =>
        {
            var relations = await _queries.RelationsTouchingAsync(c, entityIds.Distinct(), filter.Direction, filter.Types, ct);
            return await _queries.WithEvidenceAsync(c, relations, ct);
        }, ct);

    public Task<Subgraph> GetNeighborhoodAsync(string entityId, int depth, RelationFilter filter, int maxNodes, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNodes, 1);
        return ReadAsync(c => new NeighborhoodSearch(new SqliteTraversalReads(_queries, c)).RunAsync(entityId, depth, filter, maxNodes, ct), ct);
    }

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(
        string fromId, string toId, int maxHops, RelationFilter filter, int maxPaths, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxHops);
        ArgumentOutOfRangeException.ThrowIfNegative(maxPaths);
        return ReadAsync(c => new ShortestPathSearch(new SqliteTraversalReads(_queries, c)).RunAsync(fromId, toId, maxHops, filter, maxPaths, ct), ct);
    }

    public Task<IReadOnlyList<LinkingEntity>> FindLinkingEntitiesAsync(
        IReadOnlyCollection<string> entityIds, string? kind, IReadOnlyCollection<string> relationTypes, CancellationToken ct = default) =>
        ReadAsync(c => new LinkingEntitySearch(_queries).RunAsync(c, entityIds, kind, relationTypes, ct), ct);

    public Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<Article>>(async c =>
        {
            var found = (await _queries.ArticlesByIdsAsync(c, ids.Distinct(), ct)).ToDictionary(a => a.Id, StringComparer.Ordinal);
            return ids.Distinct().Where(found.ContainsKey).Select(id => found[id]).ToList();
        }, ct);

    public Task<StoreStats> GetStatsAsync(CancellationToken ct = default) => ReadAsync(c => _queries.StatsAsync(c, ct), ct);

    public async ValueTask<long?> GetDataVersionAsync(CancellationToken ct = default)
    {
        await EnsureInitializedAsync(ct);
        return await _dataVersion.ReadAsync(ct);
    }

    public void Dispose()
    {
        _readers.Dispose();
        _dataVersion.Dispose();
        _connections.ReleasePool();
        _writer.Dispose();
        _initialization.Dispose();
    }

    private async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> read, CancellationToken ct)
    {
        await EnsureInitializedAsync(ct);
        return await _readers.ReadAsync(read, ct);
    }

    private async Task<SqliteConnection> OpenForWritingAsync(CancellationToken ct)
    {
        await EnsureInitializedAsync(ct);
        return await _connections.OpenForWritingAsync(ct);
    }

    /// <summary>Initialises on first use, so a store resolved from DI works without a separate start-up call.</summary>
    private async ValueTask EnsureInitializedAsync(CancellationToken ct)
    {
        if (!_initialized)
        {
            await InitializeAsync(ct);
        }
    }
}
