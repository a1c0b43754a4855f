using KnowledgeGraph.Model;
using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Storage;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// Runs the <see cref="ReadSql"/> queries on a caller's connection: one statement per method call, prepared once per
/// connection of a <see cref="ReadConnectionPool"/>.
/// </summary>
internal sealed class GraphQueries(IReadOnlyCollection<string> symmetricRelationTypes)
{
    private readonly string _symmetricTypes = StoreJson.Array(symmetricRelationTypes);

    public IReadOnlySet<string> SymmetricTypes { get; } = symmetricRelationTypes.ToHashSet(StringComparer.Ordinal);

    public Task<List<Entity>> EntitiesByIdsAsync(SqliteConnection c, IEnumerable<string> ids, CancellationToken ct) =>
        ReadAllAsync(c, ReadSql.EntitiesByIds, RowMapper.Entity, ct, ("$ids", StoreJson.Array(ids)));

    public Task<List<Entity>> EntitiesByNormalizedNamesAsync(SqliteConnection c, IEnumerable<string> normalizedNames, CancellationToken ct) =>
        ReadAllAsync(c, ReadSql.EntitiesByNormalizedNames, RowMapper.Entity, ct, ("$names", StoreJson.Array(normalizedNames)));

    public Task<List<Entity>> EntitiesForResolutionAsync(
        SqliteConnection c, IEnumerable<string> normalizedNames, IEnumerable<AffiliatedName> affiliated, int othersPerName, CancellationToken ct) =>
        ReadAllAsync(c, ReadSql.EntitiesForResolution, RowMapper.Entity, ct,
            ("$names", StoreJson.Array(normalizedNames)),
            ("$pairs", StoreJson.Pairs(affiliated.Select(a => (a.Name, a.Affiliation)))),
            ("$others", othersPerName));

    public async Task<int> CountEntitiesAsync(SqliteConnection c, EntityFilter filter, CancellationToken ct)
    {
        var command = Command(c, ReadSql.CountEntityList, FilterParameters(filter));
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task<List<Entity>> EntityPageAsync(SqliteConnection c, EntityFilter filter, EntityCursor? after, long limit, CancellationToken ct) =>
        ReadAllAsync(c, ReadSql.EntityListPage, RowMapper.Entity, ct,
        [
            .. FilterParameters(filter),
            ("$after_name", after?.Name),
            ("$after_id", after?.Id),
            ("$limit", limit),
        ]);

    /// <summary>Relations touching <paramref name="ids"/> in <paramref name="direction"/>, without evidence.</summary>
    public Task<List<Relation>> RelationsTouchingAsync(
        SqliteConnection c, IEnumerable<string> ids, RelationDirection direction, IReadOnlyList<string>? types, CancellationToken ct) =>
        ReadAllAsync(c, ReadSql.RelationsTouching, RowMapper.Relation, ct,
            ("$ids", StoreJson.Array(ids)),
            ("$outgoing", direction != RelationDirection.Incoming),
            ("$incoming", direction != RelationDirection.Outgoing),
            ("$symmetric_types", _symmetricTypes),
            ("$types", TypesParameter(types)));

    /// <summary>
    /// Id, type and ends of the relations touching <paramref name="ids"/> (the rest of each record left empty): what a
    /// traversal needs to expand a level, read from the covering indexes. <see cref="InFullAsync"/> completes the kept ones.
    /// With <paramref name="otherEnds"/>, only the relations whose far end is one of them.
    /// With <paramref name="limit"/>, at most that many (the first in the read order).
    /// </summary>
    public Task<List<Relation>> RelationStepsTouchingAsync(
        SqliteConnection c, IEnumerable<string> ids, RelationDirection direction, IReadOnlyList<string>? types,
        IEnumerable<string>? otherEnds, CancellationToken ct, int? limit = null) =>
        ReadAllAsync(c, otherEnds is null ? ReadSql.RelationStepsTouching : ReadSql.RelationStepsBetween,
            row => new Relation(row.GetString(0), row.GetString(1), row.GetString(2), row.GetString(3)), ct,
            ("$ids", StoreJson.Array(ids)),
            ("$ends", otherEnds is null ? null : StoreJson.Array(otherEnds)),
            ("$limit", limit ?? -1),
            ("$outgoing", direction != RelationDirection.Incoming),
            ("$incoming", direction != RelationDirection.Outgoing),
            ("$symmetric_types", _symmetricTypes),
            ("$types", TypesParameter(types)));

    /// <summary>Index entries the level read of <paramref name="ids"/> walks, at most <paramref name="atMost"/>.</summary>
    public async Task<long> RelationStepsCountAsync(
        SqliteConnection c, IEnumerable<string> ids, RelationDirection direction, IReadOnlyList<string>? types, long atMost, CancellationToken ct)
    {
        var command = Command(c, ReadSql.RelationStepsCount,
            ("$ids", StoreJson.Array(ids)),
            ("$limit", atMost),
            ("$outgoing", direction != RelationDirection.Incoming),
            ("$incoming", direction != RelationDirection.Outgoing),
            ("$symmetric_types", _symmetricTypes),
            ("$types", TypesParameter(types)));
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Distinct nodes one step from <paramref name="ids"/> outside <paramref name="seen"/>, at most <paramref name="atMost"/>.</summary>
    public async Task<int> NextLayerSizeAsync(
        SqliteConnection c, IEnumerable<string> ids, IEnumerable<string> seen, RelationDirection direction, IReadOnlyList<string>? types,
        int atMost, CancellationToken ct)
    {
        var command = Command(c, ReadSql.NextLayerSize,
            ("$ids", StoreJson.Array(ids)),
            ("$seen", StoreJson.Array(seen)),
            ("$limit", atMost),
            ("$outgoing", direction != RelationDirection.Incoming),
            ("$incoming", direction != RelationDirection.Outgoing),
            ("$symmetric_types", _symmetricTypes),
            ("$types", TypesParameter(types)));
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The nodes a neighbourhood level reaches outside <paramref name="seen"/> and their step counts, most first, then id (SQLite's binary order).</summary>
    public Task<List<KeyValuePair<string, int>>> NeighborhoodNodesAsync(
        SqliteConnection c, IEnumerable<string> ids, IEnumerable<string> seen, RelationDirection direction, IReadOnlyList<string>? types,
        int limit, CancellationToken ct) =>
        ReadAllAsync(c, ReadSql.NeighborhoodNodes, row => new KeyValuePair<string, int>(row.GetString(0), row.GetInt32(1)), ct,
            ("$ids", StoreJson.Array(ids)),
            ("$seen", StoreJson.Array(seen)),
            ("$outgoing", direction != RelationDirection.Incoming),
            ("$incoming", direction != RelationDirection.Outgoing),
            ("$symmetric_types", _symmetricTypes),
            ("$types", TypesParameter(types)),
            ("$limit", limit));

    /// <summary>
    /// The given relations as stored, with their properties, confidence, dates and evidence, in the order given. A relation
    /// deleted since it was read keeps the fields it came with.
    /// </summary>
    public async Task<List<Relation>> InFullAsync(SqliteConnection c, IReadOnlyCollection<Relation> relations, CancellationToken ct)
    {
        if (relations.Count == 0)
        {
            return [];
        }

        var rows = (await ReadAllAsync(c, ReadSql.RelationsByIds, RowMapper.Relation, ct, ("$ids", StoreJson.Array(relations.Select(r => r.Id)))))
            .ToDictionary(r => r.Id, StringComparer.Ordinal);
        return await WithEvidenceAsync(c, relations.Select(r => rows.GetValueOrDefault(r.Id) ?? r).ToList(), ct);
    }

    /// <summary>The same relations with their evidence, loaded in one query.</summary>
    public async Task<List<Relation>> WithEvidenceAsync(SqliteConnection c, IReadOnlyCollection<Relation> relations, CancellationToken ct)
    {
        if (relations.Count == 0)
        {
            return [];
        }

        var command = Command(c, ReadSql.EvidenceOfRelations, ("$ids", StoreJson.Array(relations.Select(r => r.Id))));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var evidence = new Dictionary<string, List<Evidence>>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
        {
            var relationId = reader.GetString(0);
            if (!evidence.TryGetValue(relationId, out var list))
            {
                evidence[relationId] = list = [];
            }

            list.Add(RowMapper.Evidence(reader));
        }

        return relations.Select(r => r with { Evidence = evidence.GetValueOrDefault(r.Id) ?? [] }).ToList();
    }

    public async Task<List<string>> LinkingEntityIdsAsync(
        SqliteConnection c, IEnumerable<string> ids, string? kind, IReadOnlyList<string>? types, CancellationToken ct) =>
        await ReadAllAsync(c, ReadSql.LinkingEntities, row => row.GetString(0), ct,
            ("$ids", StoreJson.Array(ids)), ("$kind", kind), ("$types", TypesParameter(types)));

    public Task<List<Relation>> RelationsBetweenAsync(
        SqliteConnection c, IEnumerable<string> linkers, IEnumerable<string> ids, IReadOnlyList<string>? types, CancellationToken ct) =>
        ReadAllAsync(c, ReadSql.RelationsBetween, RowMapper.Relation, ct,
            ("$linkers", StoreJson.Array(linkers)), ("$ids", StoreJson.Array(ids)), ("$types", TypesParameter(types)));

    public Task<List<Article>> ArticlesByIdsAsync(SqliteConnection c, IEnumerable<string> ids, CancellationToken ct) =>
        ReadAllAsync(c, ReadSql.ArticlesByIds, RowMapper.Article, ct, ("$ids", StoreJson.Array(ids)));

    public async Task<StoreStats> StatsAsync(SqliteConnection c, CancellationToken ct)
    {
        var command = Command(c, ReadSql.Stats);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var (articles, entities, relations) = (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2));
        await reader.NextResultAsync(ct);
        var entitiesByType = await CountsAsync(reader, ct);
        await reader.NextResultAsync(ct);
        var relationsByType = await CountsAsync(reader, ct);
        return new StoreStats(articles, entities, relations, entitiesByType, relationsByType);
    }

    private static async Task<IReadOnlyDictionary<string, int>> CountsAsync(SqliteDataReader reader, CancellationToken ct)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
        {
            counts[reader.GetString(0)] = reader.GetInt32(1);
        }

        return counts;
    }

    /// <summary>A null or empty list means "any type".</summary>
    private static string? TypesParameter(IReadOnlyCollection<string>? types) => types is { Count: > 0 } ? StoreJson.Array(types) : null;

    /// <summary>Empty kinds and a blank name mean "no condition", as a null would.</summary>
    private static (string, object?)[] FilterParameters(EntityFilter filter)
    {
        var contains = string.IsNullOrWhiteSpace(filter.NameContains) ? "" : Ids.Normalize(filter.NameContains);
        return
        [
            ("$type", filter.Type),
            ("$kinds", filter.Kinds is { Count: > 0 } kinds ? StoreJson.Array(kinds) : null),
            ("$name_like", contains.Length == 0 ? null : "%" + EscapeLike(contains) + "%"),
        ];
    }

    private static string EscapeLike(string text) => text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");

    private static async Task<List<T>> ReadAllAsync<T>(
        SqliteConnection c, string sql, Func<SqliteDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var command = Command(c, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    /// <summary>The connection's prepared command for <paramref name="sql"/>: not disposed here, it stays with the connection.</summary>
    private static SqliteCommand Command(SqliteConnection c, string sql, params (string Name, object? Value)[] parameters) =>
        ReadConnectionPool.Command(c, sql, parameters);
}
