using KnowledgeGraph.Model;
using KnowledgeGraph.Model.Extraction;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;
using KnowledgeGraph.Model.Storage;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Ingest.Resolve;

/// <summary>
/// Gives document-scope entities their graph ids: the same body across articles gets one id (matched by any shared
/// name or alias, against the store and the rest of the batch), context-dependent short forms never match across
/// articles, and two people of one name are merged only when their affiliations agree (or one side has none and the
/// match is unique). Relations then point at ids; relations the ontology does not allow are dropped and logged.
/// </summary>
public sealed class EntityResolver(IGraphStore store, ContextDependentNames contextNames, KnowledgeOntology ontology, ILogger<EntityResolver> logger)
{
    public Task<GraphBatch> ResolveAsync(IReadOnlyList<DocumentGraph> graphs, CancellationToken ct) => ResolveAsync(graphs, null, ct);

    /// <param name="ignoredIds">Stored entities to resolve as if they were absent: curation is about to re-derive them.</param>
    public async Task<GraphBatch> ResolveAsync(IReadOnlyList<DocumentGraph> graphs, IReadOnlySet<string>? ignoredIds, CancellationToken ct)
    {
        var lookupNames = graphs.SelectMany(g => g.Entities).SelectMany(MatchableNames).ToHashSet(StringComparer.Ordinal);
        var affiliationsByGraph = graphs.Select(Affiliations).ToList();
        var known = new NameIndex();
        if (lookupNames.Count > 0)
        {
            // People of a common name can number hundreds in a large graph; matching needs only the ones with the stated
            // affiliation and whether there are one or several others (NameIndex.Find), so that is all the store returns.
            var affiliated = graphs.SelectMany((g, i) => AffiliatedNames(g, affiliationsByGraph[i])).ToHashSet();
            var othersPerName = 2 + (ignoredIds?.Count ?? 0);
            foreach (var entity in await store.FindResolutionCandidatesAsync(lookupNames, affiliated, othersPerName, ct))
            {
                if (ignoredIds?.Contains(entity.Id) == true)
                {
                    continue;
                }

                known.Add(entity, [entity.Name, .. entity.Aliases], contextNames);
            }
        }

        var entities = new EntityAccumulator();
        var relations = new RelationAccumulator();
        for (var i = 0; i < graphs.Count; i++)
        {
            var graph = graphs[i];
            var idByName = new Dictionary<string, Entity>(StringComparer.Ordinal);
            var affiliations = affiliationsByGraph[i];
            foreach (var extracted in graph.Entities)
            {
                var affiliation = affiliations.GetValueOrDefault(extracted.Name);
                var resolved = Resolve(extracted, affiliation, graph, known);
                known.Add(resolved, [resolved.Name, .. resolved.Aliases], contextNames);
                entities.Add(resolved);
                idByName[extracted.Name] = resolved;
            }

            foreach (var r in graph.Relations)
            {
                if (!idByName.TryGetValue(r.Source, out var source) || !idByName.TryGetValue(r.Target, out var target))
                {
                    logger.LogWarning("Dropped {Type} relation in {Article}: an end ({Source} -> {Target}) is not an extracted entity", r.Type, graph.Article.Id, r.Source, r.Target);
                    continue;
                }

                if (!ontology.Allows(r.Type, source.Type, target.Type) || source.Id == target.Id)
                {
                    logger.LogWarning("Dropped {Type} relation in {Article}: {SourceType} -> {TargetType} is not allowed", r.Type, graph.Article.Id, source.Type, target.Type);
                    continue;
                }

                var id = Ids.Relation(r.Type, source.Id, target.Id, ontology.IsSymmetric(r.Type));
                relations.Add(new Relation(id, r.Type, source.Id, target.Id)
                {
                    Properties = r.Properties,
                    Confidence = r.Confidence,
                    Evidence = r.Evidence,
                });
            }
        }

        return new GraphBatch([.. graphs.Select(g => g.Article)], entities.ToList(), relations.ToList());
    }

    private Entity Resolve(ExtractedEntity extracted, string? affiliation, DocumentGraph graph, NameIndex known)
    {
        var match = known.Find(extracted.Type, MatchableNames(extracted), affiliation);
        var properties = affiliation is null
            ? extracted.Properties
            : new Dictionary<string, string>(extracted.Properties) { [EntityProperties.Affiliation] = affiliation };

        if (match is not null)
        {
            // Keep the id; the fullest form seen so far becomes the name, every other form an alias.
            var name = extracted.Name.Length > match.Name.Length ? extracted.Name : match.Name;
            var aliases = new[] { match.Name, extracted.Name }.Concat(extracted.Aliases).Where(a => a != name).Distinct().ToList();
            return new Entity(match.Id, extracted.Type, name)
            {
                Kind = extracted.Kind ?? match.Kind,
                Aliases = aliases,
                Properties = properties,
                Mentions = extracted.Mentions,
            };
        }

        var key = Ids.Normalize(extracted.Name);
        if (contextNames.Contains(key))
        {
            key += "|" + graph.Article.Id; // an unresolved 省科协 stays the body of its own article
        }
        else if (extracted.Type == EntityTypes.Person && affiliation is not null)
        {
            key += "|" + Ids.Normalize(affiliation);
        }

        return new Entity(Ids.Entity(extracted.Type, key), extracted.Type, extracted.Name)
        {
            Kind = extracted.Kind,
            Aliases = extracted.Aliases,
            Properties = properties,
            Mentions = extracted.Mentions,
        };
    }

    private IEnumerable<string> MatchableNames(ExtractedEntity e) =>
        new[] { e.Name }.Concat(e.Aliases).Select(Ids.Normalize).Where(n => n.Length > 0 && !contextNames.Contains(n));

    private IEnumerable<AffiliatedName> AffiliatedNames(DocumentGraph graph, Dictionary<string, string> affiliations) =>
        graph.Entities
            .Where(e => e.Type == EntityTypes.Person && affiliations.ContainsKey(e.Name))
            .SelectMany(e => MatchableNames(e).Select(n => new AffiliatedName(n, Ids.Normalize(affiliations[e.Name]))));

    /// <summary>A person's affiliation: the organization of their first stated post.</summary>
    private static Dictionary<string, string> Affiliations(DocumentGraph graph)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in graph.Relations.Where(r => r.Type == RelationTypes.HoldsPosition))
        {
            result.TryAdd(r.Source, r.Target);
        }

        return result;
    }
}
