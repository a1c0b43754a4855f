using KnowledgeGraph.Model;
using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Storage;
using KnowledgeGraph.Store.Analysis;
using KnowledgeGraph.Store.Neo4j.Statements;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>Runs the <c>cypher/read</c> statements: one request per method call, ids passed as one list parameter.</summary>
internal sealed class Neo4jQueries(Neo4jSession session, IReadOnlyCollection<string> symmetricRelationTypes) : ITraversalReads
{
    public IReadOnlySet<string> SymmetricTypes { get; } = symmetricRelationTypes.ToHashSet(StringComparer.Ordinal);

    public async Task<List<Entity>> EntitiesByIdsAsync(IEnumerable<string> ids, CancellationToken ct) =>
        (await session.RunAsync(StatementNames.EntitiesByIds, P(("ids", ids.ToList())), ct)).Select(Neo4jRowMapper.Entity).ToList();

    public async Task<List<Entity>> EntitiesByNormalizedNamesAsync(IEnumerable<string> names, CancellationToken ct) =>
        (await session.RunAsync(StatementNames.EntitiesByNames, P(("names", names.ToList())), ct)).Select(Neo4jRowMapper.Entity).ToList();

    public async Task<int> CountEntitiesAsync(EntityFilter filter, CancellationToken ct) =>
        (await session.RunAsync(StatementNames.CountEntities, P(FilterParameters(filter)), ct)).Single().Int("total");

    public async Task<List<Entity>> EntityPageAsync(EntityFilter filter, string? afterName, string? afterId, long limit, CancellationToken ct) =>
        (await session.RunAsync(StatementNames.EntityPage,
            P([.. FilterParameters(filter), ("afterName", afterName), ("afterId", afterId), ("limit", limit)]), ct))
        .Select(Neo4jRowMapper.Entity).ToList();

    /// <summary>Relations touching <paramref name="ids"/> in <paramref name="direction"/>, with evidence.</summary>
    public async Task<List<Relation>> RelationsTouchingAsync(
        IEnumerable<string> ids, RelationDirection direction, IReadOnlyCollection<string>? types, CancellationToken ct) =>
        (await session.RunAsync(StatementNames.RelationsTouching, P(
            ("ids", ids.ToList()),
            ("outgoing", direction != RelationDirection.Incoming),
            ("incoming", direction != RelationDirection.Outgoing),
            ("symmetricTypes", SymmetricTypes.ToList()),
            ("types", TypesParameter(types))), ct))
        .Select(Neo4jRowMapper.Relation).ToList();

    public async Task<List<string>> LinkingEntityIdsAsync(IEnumerable<string> ids, string? kind, IReadOnlyCollection<string>? types, CancellationToken ct) =>
        (await session.RunAsync(StatementNames.LinkingEntities, P(("ids", ids.ToList()), ("kind", kind), ("types", TypesParameter(types))), ct))
        .Select(r => r.String("id")).ToList();

    public async Task<List<Relation>> RelationsBetweenAsync(
        IEnumerable<string> linkers, IEnumerable<string> ids, IReadOnlyCollection<string>? types, CancellationToken ct) =>
        (await session.RunAsync(StatementNames.RelationsBetween,
            P(("linkers", linkers.ToList()), ("ids", ids.ToList()), ("types", TypesParameter(types))), ct))
        .Select(Neo4jRowMapper.Relation).ToList();

    public async Task<List<Article>> ArticlesByIdsAsync(IEnumerable<string> ids, CancellationToken ct) =>
        (await session.RunAsync(StatementNames.ArticlesByIds, P(("ids", ids.ToList())), ct)).Select(Neo4jRowMapper.Article).ToList();

    public async Task<StoreStats> StatsAsync(CancellationToken ct)
    {
        var rows = await session.RunAsync(StatementNames.Stats, P(), ct);
        Dictionary<string, int> Counts(string counted) => rows.Where(r => r.String("counted") == counted)
            .ToDictionary(r => r.String("type"), r => r.Int("n"), StringComparer.Ordinal);
        var entities = Counts("entity");
        var relations = Counts("relation");
        return new StoreStats(Counts("article").Values.Sum(), entities.Values.Sum(), relations.Values.Sum(), entities, relations);
    }

    /// <summary>Ignores the <paramref name="otherEnds"/> hint: every relation touching the ids is returned, as allowed.</summary>
    Task<List<Relation>> ITraversalReads.RelationsTouchingAsync(
        IReadOnlyCollection<string> ids, RelationDirection direction, IReadOnlyList<string>? types, CancellationToken ct,
        IReadOnlyCollection<string>? otherEnds) =>
        RelationsTouchingAsync(ids, direction, types, ct);

    Task<List<Entity>> ITraversalReads.EntitiesByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken ct) => EntitiesByIdsAsync(ids, ct);

    /// <summary>read/relations_touching already returns each relation's evidence: nothing more to load.</summary>
    Task<List<Relation>> ITraversalReads.WithEvidenceAsync(IReadOnlyCollection<Relation> relations, CancellationToken ct) =>
        Task.FromResult(relations.ToList());

    /// <summary>A null or empty list means "any type".</summary>
    private static List<string>? TypesParameter(IReadOnlyCollection<string>? types) => types is { Count: > 0 } ? types.ToList() : null;

    /// <summary>Empty kinds and a blank name mean "no condition"; the fragment is compared normalised and ASCII-folded.</summary>
    internal static (string, object?)[] FilterParameters(EntityFilter filter)
    {
        var fragment = string.IsNullOrWhiteSpace(filter.NameContains) ? "" : BatchRows.Fold(Ids.Normalize(filter.NameContains));
        return
        [
            ("type", filter.Type),
            ("kinds", filter.Kinds is { Count: > 0 } kinds ? kinds.ToList() : null),
            ("fragment", fragment.Length == 0 ? null : fragment),
        ];
    }

    internal static Dictionary<string, object?> P(params (string Name, object? Value)[] parameters) =>
        parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
}
