using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Storage;

namespace KnowledgeGraph.GraphApi.Graph.Loading;

/// <summary>
/// The batch loaders of one GraphQL request. A list of 100 organisations with their relations, the relations' endpoints and
/// the evidence articles costs one store call per level (relations, entities, articles), not one per item.
/// </summary>
public sealed class GraphLoaders
{
    private readonly IGraphStore _store;

    public GraphLoaders(IGraphStore store)
    {
        _store = store;
        Entities = new BatchLoader<string, Entity>(FetchEntitiesAsync);
        Articles = new BatchLoader<string, Article>(FetchArticlesAsync);
        Relations = new BatchLoader<RelationKey, IReadOnlyList<Relation>>(FetchRelationsAsync);
    }

    public BatchLoader<string, Entity> Entities { get; }
    public BatchLoader<string, Article> Articles { get; }

    /// <summary>All relations of an entity (both directions) of the key's types, ordered by type then id for stable cursors.</summary>
    public BatchLoader<RelationKey, IReadOnlyList<Relation>> Relations { get; }

    /// <summary>Remembers entities a walk already returned so that edge endpoints among them need no further call.</summary>
    public void Prime(IEnumerable<Entity> entities) => Entities.Prime(entities.Select(e => KeyValuePair.Create(e.Id, e)));

    private async Task<IReadOnlyDictionary<string, Entity>> FetchEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        var entities = await _store.GetEntitiesAsync(ids, ct);
        return entities.DistinctBy(e => e.Id).ToDictionary(e => e.Id);
    }

    private async Task<IReadOnlyDictionary<string, Article>> FetchArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        var articles = await _store.GetArticlesAsync(ids, ct);
        return articles.DistinctBy(a => a.Id).ToDictionary(a => a.Id);
    }

    private async Task<IReadOnlyDictionary<RelationKey, IReadOnlyList<Relation>>> FetchRelationsAsync(
        IReadOnlyCollection<RelationKey> keys, CancellationToken ct)
    {
        var result = new Dictionary<RelationKey, IReadOnlyList<Relation>>();
        foreach (var group in keys.GroupBy(k => k.TypesSignature))
        {
            var ids = group.Select(k => k.EntityId).Distinct().ToList();
            var filter = new RelationFilter { Types = group.First().Types, Direction = RelationDirection.Both };
            var relations = await _store.GetRelationsAsync(ids, filter, ct);
            var byEntity = relations
                .SelectMany(r => new[] { (Id: r.SourceId, Relation: r), (Id: r.TargetId, Relation: r) })
                .ToLookup(x => x.Id, x => x.Relation);
            foreach (var key in group)
            {
                result[key] = byEntity[key.EntityId]
                    .DistinctBy(r => r.Id)
                    .OrderBy(r => r.Type, StringComparer.Ordinal)
                    .ThenBy(r => r.Id, StringComparer.Ordinal)
                    .ToList();
            }
        }

        return result;
    }
}
