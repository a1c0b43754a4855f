using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;
using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Analysis;
using KnowledgeGraph.Store.Neo4j.Http;
using KnowledgeGraph.Store.Neo4j.Statements;
using KnowledgeGraph.Store.Sqlite;
using static KnowledgeGraph.Store.Neo4j.Neo4jQueries;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// The network questions of <see cref="INetworkQueries"/> on Neo4j, answering exactly as <see cref="SqliteNetworkQueries"/>
/// does (both pass the same contract suite): rankings, aggregates and pages in Cypher (<c>cypher/network/</c>), one request
/// each; the filtered neighbourhood and the broker measures in memory with the embedded store's own code
/// (<see cref="FilteredNeighborhoodSearch"/>, <see cref="BrokerScope"/>) over what Cypher reads. Pages are offsets in the
/// ranking, behind the same opaque cursors as the embedded store's (<see cref="OffsetCursor"/>).
/// </summary>
public sealed class Neo4jNetworkQueries : INetworkQueries
{
    private static readonly List<string> Participation = [RelationTypes.Organized, RelationTypes.Attended];

    private readonly Neo4jGraphStore _store;
    private readonly Neo4jSession _session;
    private readonly List<string[]> _places;

    /// <summary>Runs over <paramref name="store"/>'s connection and statement catalogue.</summary>
    public Neo4jNetworkQueries(Neo4jGraphStore store, PlaceLexicon? places = null)
    {
        _store = store;
        _session = store.Session;
        _places = (places ?? PlaceLexicon.Default).Places.Select(p => new[] { p.Place, p.Province }).ToList();
    }

    public async Task<Subgraph> GetFilteredNeighborhoodAsync(string entityId, NeighborhoodQuery query, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.Depth, nameof(query));
        ArgumentOutOfRangeException.ThrowIfLessThan(query.MaxNodes, 1, nameof(query));
        await _store.EnsureInitializedAsync(ct);
        return await new FilteredNeighborhoodSearch(_store.Queries).RunAsync(entityId, query, ct);
    }

    public async Task<Page<CoParticipant>> FindCoParticipantsAsync(
        string entityId, IReadOnlyCollection<string>? entityTypes, PageRequest page, CancellationToken ct = default)
    {
        var start = Start(page);
        var (total, rows) = await PageAsync(StatementNames.CoParticipants, ct,
            ("id", entityId), ("participation", Participation), ("types", ListOrNull(entityTypes)), ("offset", start), ("limit", page.First + 1L));
        var ranked = rows.Select(r => (Id: r.String("id"), Shared: r.Int("shared"))).ToList();
        var ids = ranked.Take(page.First).Select(r => r.Id).ToList();
        List<Relation> links = ids.Count == 0
            ? []
            : (await _session.RunAsync(StatementNames.ParticipationLinks, P(("id", entityId), ("ids", ids), ("participation", Participation)), ct))
                .Select(Neo4jRowMapper.Relation).ToList();
        var linksOf = links.ToLookup(l => l.SourceId, StringComparer.Ordinal);
        var entities = await EntitiesAsync(ids, ct);
        var items = ranked.Take(page.First).Where(r => entities.ContainsKey(r.Id))
            .Select(r => new CoParticipant(entities[r.Id], r.Shared, linksOf[r.Id].ToList()))
            .ToList();
        return OffsetCursor.Page(items, page.First, ranked.Count, start, total);
    }

    public async Task<BrokerRanking> RankBrokersAsync(BrokerQuery query, PageRequest page, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(query.MaxExactNodes, 1, nameof(query));
        var start = Start(page);
        var scope = await BrokerScopeAsync(query, ct);
        var (rows, sampled) = query.By == BrokerMeasure.Degree
            ? (scope.ByDegree(start, page.First + 1), false)
            : scope.ByBetweenness(query.MaxExactNodes, start, page.First + 1, ct);

        var entities = await EntitiesAsync(rows.Take(page.First).Select(r => r.Id), ct);
        var items = rows.Take(page.First).Where(r => entities.ContainsKey(r.Id)).Select(r => new Broker(entities[r.Id], r.Degree, r.Betweenness)).ToList();
        return new BrokerRanking(OffsetCursor.Page(items, page.First, rows.Count, start, scope.RankedCount), scope.NodeCount, scope.EdgeCount, sampled);
    }

    public async Task<Page<RankedEntity>> RankEntitiesAsync(EntityMeasure measure, EntityFilter filter, PageRequest page, CancellationToken ct = default)
    {
        var start = Start(page);

        // The names network/rank_entities branches on.
        var name = measure switch
        {
            EntityMeasure.Relations => "Relations",
            EntityMeasure.Neighbors => "Neighbors",
            EntityMeasure.Articles => "Articles",
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Unknown measure."),
        };
        var (total, rows) = await PageAsync(StatementNames.RankEntities, ct,
            [.. FilterParameters(filter), ("measure", name), ("offset", start), ("limit", page.First + 1L)]);
        var ranked = rows.Select(r => (Id: r.String("id"), Score: r.Double("score"))).ToList();
        var entities = await EntitiesAsync(ranked.Take(page.First).Select(r => r.Id), ct);
        var items = ranked.Take(page.First).Where(r => entities.ContainsKey(r.Id)).Select(r => new RankedEntity(entities[r.Id], r.Score)).ToList();
        return OffsetCursor.Page(items, page.First, ranked.Count, start, total);
    }

    public async Task<Page<GraphChange>> GetChangesAsync(DateTimeOffset since, PageRequest page, CancellationToken ct = default)
    {
        var start = Start(page);
        var (total, rows) = await PageAsync(StatementNames.Changes, ct,
            ("since", StoreDates.Instant(since)), ("offset", start), ("limit", page.First + 1L));
        var changes = rows.Select(r => (Row: new ChangeRow(r.String("item"), r.String("id"),
            r.Instant("at") ?? throw new Neo4jProtocolException("A change without a time."), r.Bool("added")), SourceId: r.NullableString("sourceId"))).ToList();
        var shown = changes.Take(page.First).ToList();

        var keys = shown.Where(c => c.Row.IsRelation)
            .Select(c => (IReadOnlyDictionary<string, object?>)P(("id", c.Row.Id), ("sourceId", c.SourceId)))
            .ToList();
        var relations = keys.Count == 0
            ? new Dictionary<string, Relation>(StringComparer.Ordinal)
            : (await _session.RunAsync(StatementNames.RelationsByKeys, P(("keys", keys)), ct))
                .Select(Neo4jRowMapper.Relation).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var entities = await EntitiesAsync(shown.Where(c => !c.Row.IsRelation).Select(c => c.Row.Id), ct);
        var items = ChangeRows.Changes(shown.Select(c => c.Row), entities, relations);
        return OffsetCursor.Page(items, page.First, changes.Count, start, total);
    }

    public Task<IReadOnlyList<NamedCount>> CountByKindAsync(string entityType, CancellationToken ct = default) =>
        CountsAsync(StatementNames.CountByKind, ct, ("type", entityType), ("unknown", PlaceLexicon.Unknown));

    public Task<IReadOnlyList<NamedCount>> CountByProvinceAsync(EntityFilter filter, CancellationToken ct = default) =>
        CountsAsync(StatementNames.CountByProvince, ct, [.. FilterParameters(filter), ("places", _places), ("unknown", PlaceLexicon.Unknown)]);

    public Task<IReadOnlyList<NamedCount>> CountArticlesByMonthAsync(DateOnly? from, DateOnly? to, CancellationToken ct = default) =>
        CountsAsync(StatementNames.ArticlesByMonth, ct,
            ("from", from is { } f ? StoreDates.Date(f) : null), ("to", to is { } t ? StoreDates.Date(t) : null));

    /// <summary>
    /// Reads the scope (at most <see cref="Neo4jGraphStore.MaxScopeNodes"/> entities: asking one more tells a larger scope,
    /// which is refused rather than ranked on a part of it).
    /// </summary>
    private async Task<BrokerScope> BrokerScopeAsync(BrokerQuery query, CancellationToken ct)
    {
        await _store.EnsureInitializedAsync(ct);
        var max = _store.MaxScopeNodes;
        var rows = await _session.RunAsync(StatementNames.BrokerScope, P(
            ("types", ListOrNull(query.Types)),
            ("kinds", ListOrNull(query.Kinds)),
            ("province", string.IsNullOrWhiteSpace(query.Province) ? null : query.Province.Trim()),
            ("places", _places),
            ("relTypes", ListOrNull(query.RelationTypes)),
            ("rankKinds", ListOrNull(query.RankKinds)),
            ("limit", max + 1L)), ct);
        if (rows.Count > max)
        {
            throw new InvalidOperationException(
                $"The broker scope holds more than {max} entities (Store:Neo4j:MaxScopeNodes); narrow it by type, kind or province.");
        }

        return BrokerScope.FromNeighbours(rows.Select(r => (new ScopeNode(r.String("id"), r.String("name"), r.Bool("ranked")), r.Strings("neighbours"))).ToList());
    }

    /// <summary>A paged statement's one row: the ranking's total and the requested slice of it.</summary>
    private async Task<(int Total, IReadOnlyList<QueryRow> Page)> PageAsync(string statement, CancellationToken ct, params (string, object?)[] parameters)
    {
        await _store.EnsureInitializedAsync(ct);
        var row = (await _session.RunAsync(statement, P(parameters), ct)).Single();
        return (row.Int("total"), row.Rows("page"));
    }

    private async Task<IReadOnlyList<NamedCount>> CountsAsync(string statement, CancellationToken ct, params (string, object?)[] parameters)
    {
        await _store.EnsureInitializedAsync(ct);
        return (await _session.RunAsync(statement, P(parameters), ct)).Select(r => new NamedCount(r.String("name"), r.Int("n"))).ToList();
    }

    private async Task<Dictionary<string, Entity>> EntitiesAsync(IEnumerable<string> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return list.Count == 0
            ? new Dictionary<string, Entity>(StringComparer.Ordinal)
            : (await _store.Queries.EntitiesByIdsAsync(list, ct)).ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    private static long Start(PageRequest page)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(page.First, nameof(page));
        return OffsetCursor.Start(page.After);
    }

    /// <summary>A null or empty list means "no condition", as in the embedded store.</summary>
    private static List<string>? ListOrNull(IReadOnlyCollection<string>? values) => values is { Count: > 0 } ? values.ToList() : null;
}
