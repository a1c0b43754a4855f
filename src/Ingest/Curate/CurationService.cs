using KnowledgeGraph.Model.Curation;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;
using KnowledgeGraph.Model.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Ingest.Curate;

/// <summary>
/// Makes and undoes decisions: checks the request against the graph, records what the analyst saw (names, a relation's
/// ends) in the payload, appends it to the log and re-derives the entities it touches. One decision at a time.
/// </summary>
public sealed class CurationService(IServiceProvider services, IDecisionLog log, IGraphStore store, KnowledgeOntology ontology, ILogger<CurationService> logger)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public async Task<Decision> DecideAsync(NewDecision request, CancellationToken ct)
    {
        var (rederiver, curationStore) = Rewriters();
        await Gate.WaitAsync(ct);
        try
        {
            var (payload, scope) = await CheckAsync(request, curationStore, ct);
            var names = await StoredNamesAsync(scope, ct);
            var decision = await log.AppendAsync(request with { Payload = payload }, ct);
            if (scope.Count > 0)
            {
                await rederiver.RederiveAsync(scope, names, ct);
            }

            logger.LogInformation("Decision {Seq} ({Kind}) by {Actor}", decision.Seq, decision.Kind, decision.Actor);
            return decision;
        }
        finally
        {
            Gate.Release();
        }
    }

    public async Task<Decision> UndoAsync(long seq, string actor, string? reason, CancellationToken ct)
    {
        var (rederiver, _) = Rewriters();
        await Gate.WaitAsync(ct);
        try
        {
            var target = await log.GetAsync(seq, ct) ?? throw new CurationException(CurationError.NotFound, $"There is no decision {seq}.");
            var scope = ScopeOf(target);
            var names = await StoredNamesAsync(scope, ct);
            if (target.Payload is { EntityId: { } id, PriorName: { } prior } && target.Kind is DecisionKind.SetEntity or DecisionKind.Merge)
            {
                names[id] = (prior, target.Payload.PriorKind); // what the entity was called before the decision
            }

            Decision undo;
            try
            {
                undo = await log.UndoAsync(seq, actor, reason, ct);
            }
            catch (InvalidOperationException e)
            {
                throw new CurationException(CurationError.Conflict, e.Message);
            }

            await rederiver.RederiveAsync(scope, names, ct);
            logger.LogInformation("Decision {Seq} undone by {Undo} ({Actor})", seq, undo.Seq, actor);
            return undo;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Entities whose facts a decision changes: they are re-derived when it is made and when it is undone.</summary>
    public static IReadOnlyCollection<string> ScopeOf(Decision d)
    {
        var p = d.Payload;
        var ids = d.Kind switch
        {
            DecisionKind.Merge => [p.EntityId!, p.IntoId!],
            DecisionKind.Split => [p.EntityId!, d.SplitEntityId()!],
            DecisionKind.SetEntity or DecisionKind.AddAlias or DecisionKind.RemoveAlias => [p.EntityId!],
            DecisionKind.ConfirmRelation or DecisionKind.RejectRelation or DecisionKind.AddRelation => [p.SourceId!, p.TargetId!],
            _ => Array.Empty<string>(),
        };
        return ids;
    }

    private (Rederiver, ICurationStore) Rewriters()
    {
        var curationStore = services.GetService<ICurationStore>()
            ?? throw new CurationException(CurationError.NotSupported,
                "The configured graph store cannot re-derive curated facts (Store:Provider = Sqlite and Neo4j can); the decision was not recorded.");
        return (services.GetRequiredService<Rederiver>(), curationStore);
    }

    private async Task<Dictionary<string, (string Name, string? Kind)>> StoredNamesAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        ids.Count == 0 ? [] : (await store.GetEntitiesAsync(ids, ct)).ToDictionary(e => e.Id, e => (e.Name, e.Kind), StringComparer.Ordinal);

    private async Task<(DecisionPayload Payload, IReadOnlyCollection<string> Scope)> CheckAsync(NewDecision request, ICurationStore curationStore, CancellationToken ct)
    {
        var p = request.Payload;
        switch (request.Kind)
        {
            case DecisionKind.Merge:
            case DecisionKind.KeepApart:
                {
                    var from = await EntityAsync(p.EntityId, ct);
                    var into = await EntityAsync(p.IntoId, ct);
                    Require(from.Id != into.Id, "An entity cannot be merged with itself.");
                    Require(from.Type == into.Type, $"{from.Name} is a {from.Type} and {into.Name} a {into.Type}; only entities of one type can be merged.");
                    if (request.Kind == DecisionKind.KeepApart)
                    {
                        return (p, []);
                    }

                    var payload = p with { Name = into.Name, EntityKind = into.Kind ?? from.Kind, PriorName = from.Name, PriorKind = from.Kind };
                    return (payload, [from.Id, into.Id]);
                }

            case DecisionKind.Split:
                {
                    var entity = await EntityAsync(p.EntityId, ct);
                    var article = (await store.GetArticlesAsync([p.ArticleId ?? ""], ct)).SingleOrDefault()
                        ?? throw new CurationException(CurationError.NotFound, $"There is no article {p.ArticleId}.");
                    Require(p.Start is { } s && p.End is { } e && s >= 0 && s < e && e <= article.Text.Length, "start and end must give a span of the article text.");
                    Require(!string.IsNullOrWhiteSpace(p.Name) || p.Name is null, "name must not be blank.");
                    Require(p.EntityKind is null || (entity.Type == EntityTypes.Organization && ontology.IsOrganizationKind(p.EntityKind)), $"'{p.EntityKind}' is not an organization kind of this entity.");
                    var supporting = await curationStore.ArticlesSupportingAsync([entity.Id], ct);
                    Require(supporting.Contains(article.Id), $"{entity.Name} is not mentioned in article {article.Id}.");
                    return (p with { EntityType = entity.Type, PriorName = entity.Name }, [entity.Id]);
                }

            case DecisionKind.SetEntity:
                {
                    var entity = await EntityAsync(p.EntityId, ct);
                    Require(p.Name is not null || p.EntityKind is not null, "Give a name, a kind or both.");
                    Require(p.Name is null || !string.IsNullOrWhiteSpace(p.Name), "name must not be blank.");
                    Require(p.EntityKind is null || (entity.Type == EntityTypes.Organization && ontology.IsOrganizationKind(p.EntityKind)), $"'{p.EntityKind}' is not an organization kind, or {entity.Name} is not an organization.");
                    return (p with { Name = p.Name?.Trim(), PriorName = entity.Name, PriorKind = entity.Kind }, [entity.Id]);
                }

            case DecisionKind.AddAlias:
            case DecisionKind.RemoveAlias:
                {
                    var entity = await EntityAsync(p.EntityId, ct);
                    var alias = p.Alias?.Trim();
                    Require(!string.IsNullOrEmpty(alias), "alias must not be empty.");
                    Require(request.Kind == DecisionKind.AddAlias || entity.Aliases.Contains(alias!), $"{entity.Name} has no alias '{alias}'.");
                    Require(alias != entity.Name, $"'{alias}' is the name of {entity.Name}, not an alias; rename the entity instead.");
                    return (p with { Alias = alias }, [entity.Id]);
                }

            case DecisionKind.ConfirmRelation:
            case DecisionKind.RejectRelation:
                {
                    var relation = await curationStore.GetRelationAsync(p.RelationId ?? "", ct)
                        ?? throw new CurationException(CurationError.NotFound, $"There is no relation {p.RelationId}.");
                    return (p with { RelationType = relation.Type, SourceId = relation.SourceId, TargetId = relation.TargetId }, [relation.SourceId, relation.TargetId]);
                }

            case DecisionKind.AddRelation:
                {
                    var source = await EntityAsync(p.SourceId, ct);
                    var target = await EntityAsync(p.TargetId, ct);
                    Require(source.Id != target.Id, "A relation needs two different entities.");
                    Require(ontology.Allows(p.RelationType ?? "", source.Type, target.Type), $"{p.RelationType} may not link a {source.Type} to a {target.Type}.");
                    Require(!string.IsNullOrWhiteSpace(p.Note), "A relation added by hand needs a note saying where it comes from.");
                    return (p, [source.Id, target.Id]);
                }

            default:
                throw new CurationException(CurationError.BadInput, $"{request.Kind} is not a decision that can be made directly.");
        }
    }

    private async Task<Entity> EntityAsync(string? id, CancellationToken ct) =>
        (await store.GetEntitiesAsync([id ?? ""], ct)).SingleOrDefault()
        ?? throw new CurationException(CurationError.NotFound, $"There is no entity {id}.");

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new CurationException(CurationError.BadInput, message);
        }
    }
}
