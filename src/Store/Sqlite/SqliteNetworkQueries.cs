using System.Globalization;
using KnowledgeGraph.Model;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;
using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Analysis;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// The network questions of <see cref="INetworkQueries"/> on the embedded store's file: rankings and aggregates in SQL,
/// betweenness in memory over the subgraph SQL selects. It reads the schema <see cref="SqliteGraphStore"/> migrates, so the
/// store must be initialised first (the host does so at start).
/// </summary>
public sealed class SqliteNetworkQueries : INetworkQueries, IDisposable
{
    private static readonly string Participation = StoreJson.Array([RelationTypes.Organized, RelationTypes.Attended]);

    private readonly SqliteConnectionFactory _connections;
    private readonly ReadConnectionPool _readers;
    private readonly GraphQueries _queries;
    private readonly string _places;

    public SqliteNetworkQueries(IOptions<SqliteStoreOptions> options, KnowledgeOntology? ontology = null, PlaceLexicon? places = null)
    {
        _connections = new SqliteConnectionFactory(options.Value);
        _readers = new ReadConnectionPool(_connections);
        _queries = new GraphQueries((ontology ?? KnowledgeOntology.Default).RelationTypes.Where(t => t.Symmetric).Select(t => t.Name).ToList());
        _places = System.Text.Json.JsonSerializer.Serialize((places ?? PlaceLexicon.Default).Places.Select(p => new[] { p.Place, p.Province }));
    }

    public Task<Subgraph> GetFilteredNeighborhoodAsync(string entityId, NeighborhoodQuery query, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.Depth, nameof(query));
        ArgumentOutOfRangeException.ThrowIfLessThan(query.MaxNodes, 1, nameof(query));
        return ReadAsync(c => new FilteredNeighborhoodSearch(new SqliteTraversalReads(_queries, c)).RunAsync(entityId, query, ct), ct);
    }

    public Task<Page<CoParticipant>> FindCoParticipantsAsync(
        string entityId, IReadOnlyCollection<string>? entityTypes, PageRequest page, CancellationToken ct = default)
    {
        var start = Start(page);
        return ReadAsync(async c =>
        {
            var (total, rows) = await SqlCommands.CountAndPageAsync(c, NetworkSql.CoParticipants, r => (Id: r.GetString(0), Shared: r.GetInt32(1)), ct,
                ("$id", entityId), ("$participation", Participation), ("$types", ListOrNull(entityTypes)), ("$limit", page.First + 1L), ("$offset", start));
            var ids = rows.Take(page.First).Select(r => r.Id).ToList();
            var links = await SqlCommands.ReadAllAsync(c, NetworkSql.ParticipationLinks, RowMapper.Relation, ct,
                ("$id", entityId), ("$ids", StoreJson.Array(ids)), ("$participation", Participation));
            var withEvidence = (await _queries.WithEvidenceAsync(c, links, ct)).ToLookup(l => l.SourceId, StringComparer.Ordinal);
            var entities = await EntitiesAsync(c, ids, ct);
            var items = rows.Take(page.First).Where(r => entities.ContainsKey(r.Id))
                .Select(r => new CoParticipant(entities[r.Id], r.Shared, withEvidence[r.Id].ToList()))
                .ToList();
            return OffsetCursor.Page(items, page.First, rows.Count, start, total);
        }, ct);
    }

    public Task<BrokerRanking> RankBrokersAsync(BrokerQuery query, PageRequest page, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(query.MaxExactNodes, 1, nameof(query));
        var start = Start(page);
        (string, object?)[] scope =
        [
            ("$places", _places),
            ("$types", ListOrNull(query.Types)),
            ("$kinds", ListOrNull(query.Kinds)),
            ("$province", string.IsNullOrWhiteSpace(query.Province) ? null : query.Province.Trim()),
            ("$rel_types", ListOrNull(query.RelationTypes)),
            ("$rank_kinds", ListOrNull(query.RankKinds)),
        ];
        return ReadAsync(async c =>
        {
            var sizes = await SqlCommands.ReadAllAsync(c, NetworkSql.BrokerScopeSize, r => (Nodes: r.GetInt32(0), Edges: r.GetInt32(1), Ranked: r.GetInt32(2)), ct, scope);
            var (nodes, edges, ranked) = sizes[0];
            List<(string Id, int Degree, double? Betweenness)> rows;
            var sampled = false;
            if (query.By == BrokerMeasure.Degree)
            {
                rows = await SqlCommands.ReadAllAsync(c, NetworkSql.BrokersByDegree, r => (r.GetString(0), r.GetInt32(1), (double?)null), ct,
                    [.. scope, ("$limit", page.First + 1L), ("$offset", start)]);
            }
            else
            {
                (rows, sampled) = await BetweennessPageAsync(c, scope, query.MaxExactNodes, start, page.First + 1, ct);
            }

            var entities = await EntitiesAsync(c, rows.Take(page.First).Select(r => r.Id), ct);
            var items = rows.Take(page.First).Where(r => entities.ContainsKey(r.Id)).Select(r => new Broker(entities[r.Id], r.Degree, r.Betweenness)).ToList();
            return new BrokerRanking(OffsetCursor.Page(items, page.First, rows.Count, start, ranked), nodes, edges, sampled);
        }, ct);
    }

    public Task<Page<RankedEntity>> RankEntitiesAsync(EntityMeasure measure, EntityFilter filter, PageRequest page, CancellationToken ct = default)
    {
        var start = Start(page);
        var score = measure switch
        {
            EntityMeasure.Relations => NetworkSql.RelationsScore,
            EntityMeasure.Neighbors => NetworkSql.NeighborsScore,
            EntityMeasure.Articles => NetworkSql.ArticlesScore,
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Unknown measure."),
        };
        var sql = string.Format(CultureInfo.InvariantCulture, NetworkSql.RankEntitiesTemplate, score);
        return ReadAsync(async c =>
        {
            var (total, rows) = await SqlCommands.CountAndPageAsync(c, sql, r => (Id: r.GetString(0), Score: r.GetDouble(1)), ct,
                [.. FilterParameters(filter), ("$limit", page.First + 1L), ("$offset", start)]);
            var entities = await EntitiesAsync(c, rows.Take(page.First).Select(r => r.Id), ct);
            var items = rows.Take(page.First).Where(r => entities.ContainsKey(r.Id)).Select(r => new RankedEntity(entities[r.Id], r.Score)).ToList();
            return OffsetCursor.Page(items, page.First, rows.Count, start, total);
        }, ct);
    }

    public Task<Page<GraphChange>> GetChangesAsync(DateTimeOffset since, PageRequest page, CancellationToken ct = default)
    {
        var start = Start(page);
        return ReadAsync(async c =>
        {
            var (total, rows) = await SqlCommands.CountAndPageAsync(c, NetworkSql.Changes,
                r => new ChangeRow(r.GetString(0), r.GetString(1), StoreDates.ParseInstant(r.GetString(2))!.Value, r.GetBoolean(3)), ct,
                ("$since", StoreDates.Instant(since)), ("$limit", page.First + 1L), ("$offset", start));
            var shown = rows.Take(page.First).ToList();
            var relationIds = shown.Where(r => r.IsRelation).Select(r => r.Id).ToList();
            var relations = relationIds.Count == 0
                ? new Dictionary<string, Relation>(StringComparer.Ordinal)
                : (await _queries.WithEvidenceAsync(c, await SqlCommands.ReadAllAsync(c, NetworkSql.RelationsByIds, RowMapper.Relation, ct,
                    ("$ids", StoreJson.Array(relationIds))), ct)).ToDictionary(r => r.Id, StringComparer.Ordinal);
            var entities = await EntitiesAsync(c, shown.Where(r => !r.IsRelation).Select(r => r.Id), ct);
            var items = ChangeRows.Changes(shown, entities, relations);
            return OffsetCursor.Page(items, page.First, rows.Count, start, total);
        }, ct);
    }

    public Task<IReadOnlyList<NamedCount>> CountByKindAsync(string entityType, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<NamedCount>>(async c => await SqlCommands.ReadAllAsync(c, NetworkSql.CountByKind, NamedCountOf, ct,
            ("$type", entityType), ("$unknown", PlaceLexicon.Unknown)), ct);

    public Task<IReadOnlyList<NamedCount>> CountByProvinceAsync(EntityFilter filter, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<NamedCount>>(async c => await SqlCommands.ReadAllAsync(c, NetworkSql.CountByProvince, NamedCountOf, ct,
            [.. FilterParameters(filter), ("$places", _places), ("$unknown", PlaceLexicon.Unknown)]), ct);

    public Task<IReadOnlyList<NamedCount>> CountArticlesByMonthAsync(DateOnly? from, DateOnly? to, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<NamedCount>>(async c => await SqlCommands.ReadAllAsync(c, NetworkSql.ArticlesByMonth, NamedCountOf, ct,
            ("$from", from is { } f ? StoreDates.Date(f) : null), ("$to", to is { } t ? StoreDates.Date(t) : null)), ct);

    public void Dispose()
    {
        _readers.Dispose();
        _connections.ReleasePool();
    }

    /// <summary>Loads the scope and its edges and ranks them by betweenness in memory (<see cref="BrokerScope"/>, shared with Neo4j).</summary>
    private static async Task<(List<(string Id, int Degree, double? Betweenness)> Rows, bool Sampled)> BetweennessPageAsync(
        SqliteConnection c, (string, object?)[] scope, int maxExact, long start, int take, CancellationToken ct)
    {
        var command = SqlCommands.Create(c, NetworkSql.BrokerSubgraph, scope);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var nodes = await SqlCommands.RowsAsync(reader, r => new ScopeNode(r.GetString(0), r.GetString(2), r.GetBoolean(1)), ct);
        await reader.NextResultAsync(ct);
        var pairs = await SqlCommands.RowsAsync(reader, r => (A: r.GetString(0), B: r.GetString(1)), ct);

        var (rows, sampled) = BrokerScope.FromPairs(nodes, pairs).ByBetweenness(maxExact, start, take, ct);
        return (rows.Select(r => (r.Id, r.Degree, r.Betweenness)).ToList(), sampled);
    }

    private async Task<Dictionary<string, Entity>> EntitiesAsync(SqliteConnection c, IEnumerable<string> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return list.Count == 0
            ? new Dictionary<string, Entity>(StringComparer.Ordinal)
            : (await _queries.EntitiesByIdsAsync(c, list, ct)).ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    private static NamedCount NamedCountOf(SqliteDataReader r) => new(r.GetString(0), r.GetInt32(1));

    private static long Start(PageRequest page)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(page.First, nameof(page));
        return OffsetCursor.Start(page.After);
    }

    private static string? ListOrNull(IReadOnlyCollection<string>? values) => values is { Count: > 0 } ? StoreJson.Array(values) : null;

    /// <summary>The same conditions as the entity lists: empty kinds and a blank name mean "no condition".</summary>
    private static (string, object?)[] FilterParameters(EntityFilter filter)
    {
        var contains = string.IsNullOrWhiteSpace(filter.NameContains) ? "" : Ids.Normalize(filter.NameContains);
        return
        [
            ("$type", filter.Type),
            ("$kinds", ListOrNull(filter.Kinds)),
            ("$name_like", contains.Length == 0 ? null : "%" + contains.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%"),
        ];
    }

    private Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> read, CancellationToken ct) => _readers.ReadAsync(read, ct);
}
