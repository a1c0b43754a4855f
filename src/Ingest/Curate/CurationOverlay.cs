using KnowledgeGraph.Model;
using KnowledgeGraph.Model.Curation;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Ingest.Curate;

/// <summary>
/// The curated batch as a pure function of a resolved batch and the active decisions, applied in sequence order. Every
/// write path (ingest, crawl, re-extraction, re-derivation after a decision) goes through it, so the same articles and the
/// same decisions always give the same graph. Evidence is never rewritten, only moved with the fact it supports.
/// </summary>
public sealed class CurationOverlay
{
    private const string CurationProperty = "curation";

    private readonly KnowledgeOntology _ontology;
    private readonly IReadOnlySet<string> _storedIds;
    private readonly Dictionary<string, string> _articleTexts;
    private readonly List<Entity> _entities;
    private readonly HashSet<string> _emptied = new(StringComparer.Ordinal);
    private List<Relation> _relations;

    private CurationOverlay(GraphBatch batch, KnowledgeOntology ontology, IReadOnlySet<string> storedIds)
    {
        _ontology = ontology;
        _storedIds = storedIds;
        _articleTexts = batch.Articles.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First().Text, StringComparer.Ordinal);
        _entities = [.. batch.Entities];
        _relations = [.. batch.Relations];
    }

    /// <param name="storedIds">Entities known to stay in the store, so a hand-made relation may point at them from any batch.</param>
    public static GraphBatch Apply(GraphBatch batch, IEnumerable<Decision> decisions, KnowledgeOntology ontology, IReadOnlySet<string> storedIds)
    {
        var overlay = new CurationOverlay(batch, ontology, storedIds);
        foreach (var decision in decisions.Where(d => d.IsActive).OrderBy(d => d.Seq))
        {
            overlay.Apply(decision);
        }

        return batch with { Entities = overlay.FinalEntities(), Relations = overlay._relations };
    }

    private void Apply(Decision d)
    {
        var p = d.Payload;
        switch (d.Kind)
        {
            case DecisionKind.Merge:
                Merge(p.EntityId!, p.IntoId!, p.Name, p.EntityKind);
                break;
            case DecisionKind.Split:
                Split(d);
                break;
            case DecisionKind.SetEntity:
                Update(p.EntityId!, e => Rename(e, p.Name) with { Kind = p.EntityKind ?? e.Kind });
                break;
            case DecisionKind.AddAlias:
                Update(p.EntityId!, e => e.Name == p.Alias ? e : e with { Aliases = [.. e.Aliases.Append(p.Alias!).Distinct()] });
                break;
            case DecisionKind.RemoveAlias:
                Update(p.EntityId!, e => e with { Aliases = [.. e.Aliases.Where(a => a != p.Alias)] });
                break;
            case DecisionKind.ConfirmRelation:
                _relations = [.. _relations.Select(r => r.Id == p.RelationId ? Confirmed(r) : r)];
                break;
            case DecisionKind.RejectRelation:
                _relations.RemoveAll(r => r.Id == p.RelationId);
                break;
            case DecisionKind.AddRelation:
                AddManual(d);
                break;
            case DecisionKind.KeepApart:
            case DecisionKind.Undo:
                break;
        }
    }

    /// <summary>A becomes B: one entity with both names and all mentions; relations follow their ends, keeping their own evidence.</summary>
    private void Merge(string fromId, string intoId, string? name, string? kind)
    {
        var source = Find(fromId);
        if (source is null && !_relations.Any(r => r.SourceId == fromId || r.TargetId == fromId))
        {
            return;
        }

        if (source is not null)
        {
            _entities.Remove(source);
            var into = Find(intoId);
            var target = into ?? (source with { Id = intoId, Aliases = [], Mentions = [] });
            var merged = target with
            {
                Name = name ?? target.Name,
                Kind = kind ?? target.Kind ?? source.Kind,
                Properties = Merge(target.Properties, source.Properties),
                Mentions = [.. target.Mentions.Concat(source.Mentions).Distinct()],
            };
            merged = merged with
            {
                Aliases = [.. target.Aliases.Append(target.Name).Append(source.Name).Concat(source.Aliases).Where(a => a != merged.Name).Distinct()],
            };
            Replace(into, merged);
        }

        Rewire(r => r.SourceId == fromId || r.TargetId == fromId
            ? r with { SourceId = r.SourceId == fromId ? intoId : r.SourceId, TargetId = r.TargetId == fromId ? intoId : r.TargetId }
            : r);
    }

    /// <summary>The mention leaves its entity for a new one; relation evidence whose span holds the mention goes with it.</summary>
    private void Split(Decision d)
    {
        var p = d.Payload;
        var entity = Find(p.EntityId!);
        var mention = entity?.Mentions.FirstOrDefault(m => m.ArticleId == p.ArticleId && m.Start == p.Start && m.End == p.End);
        if (entity is null || mention is null)
        {
            return;
        }

        var splitId = d.SplitEntityId() ?? Ids.Entity(entity.Type, "split#" + d.Seq);
        var text = _articleTexts.TryGetValue(mention.ArticleId, out var t) && mention.End <= t.Length ? t[mention.Start..mention.End] : entity.Name;
        var remaining = entity.Mentions.Where(m => m != mention).ToList();
        Replace(entity, entity with { Mentions = remaining });
        if (remaining.Count == 0)
        {
            _emptied.Add(entity.Id);
        }

        var existing = Find(splitId);
        var split = existing is null
            ? new Entity(splitId, entity.Type, p.Name ?? text) { Kind = p.EntityKind ?? entity.Kind, Mentions = [mention] }
            : existing with { Mentions = [.. existing.Mentions.Append(mention).Distinct()] };
        Replace(existing, split);

        var moved = new List<Relation>();
        foreach (var r in _relations.Where(r => r.SourceId == entity.Id || r.TargetId == entity.Id).ToList())
        {
            var anchored = r.Evidence.Where(e => e.ArticleId == mention.ArticleId && e.Start <= mention.Start && mention.End <= e.End).ToList();
            if (anchored.Count == 0)
            {
                continue;
            }

            _relations.Remove(r);
            var kept = r.Evidence.Except(anchored).ToList();
            if (kept.Count > 0)
            {
                _relations.Add(r with { Evidence = kept });
            }

            moved.Add(r with
            {
                SourceId = r.SourceId == entity.Id ? splitId : r.SourceId,
                TargetId = r.TargetId == entity.Id ? splitId : r.TargetId,
                Evidence = anchored,
            });
        }

        _relations.AddRange(moved);
        Rewire(r => r);
    }

    private void AddManual(Decision d)
    {
        var p = d.Payload;
        if (!IsPresent(p.SourceId!) || !IsPresent(p.TargetId!))
        {
            return;
        }

        _relations.Add(new Relation("", p.RelationType!, p.SourceId!, p.TargetId!)
        {
            Confidence = 1.0,
            Properties = new Dictionary<string, string> { [CurationProperty] = "manual", ["note"] = p.Note ?? "" },
        });
        Rewire(r => r);
    }

    /// <summary>Recomputes relation ids from (type, ends) after ends moved, drops self-loops and unites relations that now coincide.</summary>
    private void Rewire(Func<Relation, Relation> change)
    {
        var byId = new Dictionary<string, Relation>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var relation in _relations.Select(change))
        {
            if (relation.SourceId == relation.TargetId)
            {
                continue;
            }

            var r = relation with { Id = Ids.Relation(relation.Type, relation.SourceId, relation.TargetId, _ontology.IsSymmetric(relation.Type)) };
            if (byId.TryGetValue(r.Id, out var existing))
            {
                byId[r.Id] = existing with
                {
                    Properties = Merge(existing.Properties, r.Properties),
                    Confidence = Math.Max(existing.Confidence, r.Confidence),
                    Evidence = [.. existing.Evidence.Concat(r.Evidence).Distinct()],
                };
            }
            else
            {
                byId[r.Id] = r;
                order.Add(r.Id);
            }
        }

        _relations = [.. order.Select(id => byId[id])];
    }

    private static Relation Confirmed(Relation r) => r with
    {
        Confidence = 1.0,
        Properties = Merge(new Dictionary<string, string> { [CurationProperty] = "confirmed" }, r.Properties),
    };

    /// <summary>The old name stays as an alias, so the extractor's form still resolves to the entity.</summary>
    private static Entity Rename(Entity e, string? name) =>
        name is null || name == e.Name
            ? e
            : e with { Name = name, Aliases = [.. e.Aliases.Append(e.Name).Where(a => a != name).Distinct()] };

    private void Update(string id, Func<Entity, Entity> change)
    {
        var entity = Find(id);
        if (entity is not null)
        {
            Replace(entity, change(entity));
        }
    }

    private Entity? Find(string id) => _entities.FirstOrDefault(e => e.Id == id);

    private void Replace(Entity? old, Entity replacement)
    {
        var index = old is null ? -1 : _entities.IndexOf(old);
        if (index < 0)
        {
            _entities.Add(replacement);
        }
        else
        {
            _entities[index] = replacement;
        }
    }

    private bool IsPresent(string id) => _storedIds.Contains(id) || Find(id) is not null;

    /// <summary>An entity a split left without mentions and without relations has nothing left to stand on in this batch.</summary>
    private List<Entity> FinalEntities() =>
        [.. _entities.Where(e => !_emptied.Contains(e.Id) || e.Mentions.Count > 0 || _relations.Any(r => r.SourceId == e.Id || r.TargetId == e.Id))];

    /// <summary>The first side wins per key.</summary>
    private static Dictionary<string, string> Merge(IReadOnlyDictionary<string, string> first, IReadOnlyDictionary<string, string> second)
    {
        var merged = new Dictionary<string, string>(first);
        foreach (var (key, value) in second)
        {
            merged.TryAdd(key, value);
        }

        return merged;
    }
}
