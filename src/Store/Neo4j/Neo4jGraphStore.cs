using KnowledgeGraph.Model;
using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;
using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Analysis;
using KnowledgeGraph.Store.Neo4j.Http;
using KnowledgeGraph.Store.Neo4j.Statements;
using KnowledgeGraph.Store.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// The production graph store: Neo4j over its HTTP Query API (no driver), with every statement read from
/// <c>cypher/</c>. Writes are one explicit transaction per batch; reads are one request per question (traversals one
/// per level). Semantics match <see cref="SqliteGraphStore"/>: both pass the same contract suite.
/// </summary>
public sealed class Neo4jGraphStore : IGraphStore, IDisposable
{
    private readonly QueryApiClient _client;
    private readonly Neo4jSession _session;
    private readonly Neo4jQueries _queries;
    private readonly TimeProvider _time;
    private readonly int _batchSize;
    private readonly SemaphoreSlim _initialization = new(1, 1);
    private volatile bool _initialized;

    public Neo4jGraphStore(
        IOptions<Neo4jStoreOptions> options,
        TimeProvider? time = null,
        ILogger<Neo4jGraphStore>? logger = null,
        KnowledgeOntology? ontology = null,
        HttpMessageHandler? handler = null)
    {
        var settings = options.Value;
        var problems = Neo4jOptionsCheck.Problems(settings);
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(nameof(Neo4jStoreOptions), typeof(Neo4jStoreOptions), problems);
        }

        Catalog = CypherCatalog.Load(settings.CypherPath);
        _time = time ?? TimeProvider.System;
        _batchSize = settings.BatchSize;
        _client = new QueryApiClient(settings, handler);
        var retry = new RetryPolicy(settings.MaxRetries, TimeSpan.FromMilliseconds(settings.RetryBaseDelayMilliseconds),
            TimeSpan.FromMilliseconds(settings.RetryMaxDelayMilliseconds), logger ?? (ILogger)NullLogger.Instance, _time);
        _session = new Neo4jSession(_client, Catalog, retry);
        _queries = new Neo4jQueries(_session, (ontology ?? KnowledgeOntology.Default).RelationTypes.Where(t => t.Symmetric).Select(t => t.Name).ToList());
        Server = settings.ToString();
        MaxScopeNodes = settings.MaxScopeNodes;
    }

    /// <summary>The requests and reads this store runs, shared with <see cref="Neo4jNetworkQueries"/> (one HTTP client, one catalogue).</summary>
    internal Neo4jSession Session => _session;

    internal Neo4jQueries Queries => _queries;

    /// <summary>Rows per UNWIND statement (<see cref="Neo4jStoreOptions.BatchSize"/>); curation chunks its id lists by it too.</summary>
    internal int BatchSize => _batchSize;

    /// <summary>The clock writes are stamped with (ingest times, decision times).</summary>
    internal TimeProvider Time => _time;

    /// <summary>Most entities a broker ranking's scope may hold (<see cref="Neo4jStoreOptions.MaxScopeNodes"/>).</summary>
    internal int MaxScopeNodes { get; }

    /// <summary>The statements in use.</summary>
    public CypherCatalog Catalog { get; }

    /// <summary>Where this store points, safe to log (no credentials).</summary>
    public string Server { get; }

    /// <summary>Applies the schema statements (constraints and indexes, all IF NOT EXISTS) once per process.</summary>
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await _initialization.WaitAsync(ct);
        try
        {
            if (!_initialized)
            {
                await ApplySchemaAsync(ct);
                _initialized = true;
            }
        }
        finally
        {
            _initialization.Release();
        }
    }

    /// <summary>Runs every schema statement, in order, whether or not this process ran them before (the <c>migrate</c> verb).</summary>
    public async Task<IReadOnlyList<string>> ApplySchemaAsync(CancellationToken ct = default)
    {
        // Schema commands cannot share a transaction with writes, and each is idempotent: one implicit transaction each.
        foreach (var statement in Catalog.Schema)
        {
            await _session.RunAsync(statement.Name, new Dictionary<string, object?>(), ct);
        }

        return Catalog.Schema.Select(s => s.Name).ToList();
    }

    public Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken ct = default) => WriteAsync(batch, _time.GetUtcNow(), ct);

    /// <summary>A write stamped with a given ingest time (the <c>copy</c> verb keeps each article's original one).</summary>
    internal Task<WriteResult> WriteAsync(GraphBatch batch, DateTimeOffset ingestedAt, CancellationToken ct) =>
        WriteAfterAsync("batch write", null, batch, ingestedAt, ct);

    /// <summary>
    /// One explicit transaction: <paramref name="first"/> (curation's reset), then the batch write's steps, then commit.
    /// A transient failure reruns all of it, which is safe as long as <paramref name="first"/> is idempotent too.
    /// </summary>
    internal async Task<WriteResult> WriteAfterAsync(
        string what, Func<Neo4jSession.TransactionRunner, Task>? first, GraphBatch batch, DateTimeOffset ingestedAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await EnsureInitializedAsync(ct);
        return await _session.InTransactionAsync(what, async tx =>
        {
            if (first is not null)
            {
                await first(tx);
            }

            return await new Neo4jBatchWriter(tx, _batchSize).WriteAsync(batch, ingestedAt);
        }, ct);
    }

    public async Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        await EnsureInitializedAsync(ct);
        var found = (await _queries.EntitiesByIdsAsync(ids.Distinct(), ct)).ToDictionary(e => e.Id, StringComparer.Ordinal);
        return ids.Distinct().Where(found.ContainsKey).Select(id => found[id]).ToList();
    }

    public async Task<IReadOnlyList<Entity>> FindByNamesAsync(IReadOnlyCollection<string> names, CancellationToken ct = default)
    {
        await EnsureInitializedAsync(ct);
        return await _queries.EntitiesByNormalizedNamesAsync(names.Select(Ids.Normalize).Distinct(), ct);
    }

    /// <summary>
    /// All namesakes, as <see cref="FindByNamesAsync"/>: the graph keeps a person's affiliation among its properties, not
    /// beside its names, so there is no narrower read; the resolver picks among them.
    /// </summary>
    public Task<IReadOnlyList<Entity>> FindResolutionCandidatesAsync(
        IReadOnlyCollection<string> names, IReadOnlyCollection<AffiliatedName> affiliated, int othersPerName, CancellationToken ct = default) =>
        FindByNamesAsync(names, ct);

    public async Task<Page<Entity>> ListEntitiesAsync(EntityFilter filter, PageRequest page, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(page.First, nameof(page));
        var after = page.After is null ? null : EntityCursor.Decode(page.After);
        await EnsureInitializedAsync(ct);
        var total = await _queries.CountEntitiesAsync(filter, ct);
        var rows = await _queries.EntityPageAsync(filter, after?.Name, after?.Id, (long)page.First + 1, ct);
        var items = rows.Take(page.First).ToList();
        var cursors = items.Select(e => new EntityCursor(e.Name, e.Id).Encode()).ToList();
        return new Page<Entity>(items, total, rows.Count > page.First, cursors.LastOrDefault(), cursors);
    }

    public async Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> entityIds, RelationFilter filter, CancellationToken ct = default)
    {
        await EnsureInitializedAsync(ct);
        return await _queries.RelationsTouchingAsync(entityIds.Distinct(), filter.Direction, filter.Types, ct);
    }

    public async Task<Subgraph> GetNeighborhoodAsync(string entityId, int depth, RelationFilter filter, int maxNodes, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNodes, 1);
        await EnsureInitializedAsync(ct);
        return await new NeighborhoodSearch(_queries).RunAsync(entityId, depth, filter, maxNodes, ct);
    }

    public async Task<IReadOnlyList<GraphPath>> FindPathsAsync(
        string fromId, string toId, int maxHops, RelationFilter filter, int maxPaths, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxHops);
        ArgumentOutOfRangeException.ThrowIfNegative(maxPaths);
        await EnsureInitializedAsync(ct);
        return await new ShortestPathSearch(_queries).RunAsync(fromId, toId, maxHops, filter, maxPaths, ct);
    }

    public async Task<IReadOnlyList<LinkingEntity>> FindLinkingEntitiesAsync(
        IReadOnlyCollection<string> entityIds, string? kind, IReadOnlyCollection<string> relationTypes, CancellationToken ct = default)
    {
        await EnsureInitializedAsync(ct);
        var given = entityIds.Distinct().ToList();
        var types = relationTypes.Count == 0 ? null : relationTypes.ToList();
        var linkerIds = await _queries.LinkingEntityIdsAsync(given, kind, types, ct);
        if (linkerIds.Count == 0)
        {
            return [];
        }

        var links = await _queries.RelationsBetweenAsync(linkerIds, given, types, ct);
        var entities = (await _queries.EntitiesByIdsAsync(linkerIds, ct)).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var givenSet = given.ToHashSet(StringComparer.Ordinal);
        return linkerIds
            .Where(entities.ContainsKey)
            .Select(id => new LinkingEntity(entities[id], links
                .Where(l => (l.SourceId == id && givenSet.Contains(l.TargetId)) || (l.TargetId == id && givenSet.Contains(l.SourceId)))
                .ToList()))
            .ToList();
    }

    public async Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        await EnsureInitializedAsync(ct);
        var found = (await _queries.ArticlesByIdsAsync(ids.Distinct(), ct)).ToDictionary(a => a.Id, StringComparer.Ordinal);
        return ids.Distinct().Where(found.ContainsKey).Select(id => found[id]).ToList();
    }

    public async Task<StoreStats> GetStatsAsync(CancellationToken ct = default)
    {
        await EnsureInitializedAsync(ct);
        return await _queries.StatsAsync(ct);
    }

    /// <summary>
    /// Unknown: the Query API has no cheap change counter, and other clients of the database write without telling us.
    /// Nothing read from Neo4j is reused across requests.
    /// </summary>
    public ValueTask<long?> GetDataVersionAsync(CancellationToken ct = default) => ValueTask.FromResult<long?>(null);

    /// <summary>Deletes every node and relationship of the database (live contract tests, on a scratch database only).</summary>
    internal Task ClearAsync(CancellationToken ct = default) =>
        _session.RunAsync(StatementNames.ClearGraph, new Dictionary<string, object?>(), ct);

    public void Dispose()
    {
        _client.Dispose();
        _initialization.Dispose();
    }

    internal async Task EnsureInitializedAsync(CancellationToken ct)
    {
        if (!_initialized)
        {
            await InitializeAsync(ct);
        }
    }
}
