using KnowledgeGraph.Model;
using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;
using Row = System.Collections.Generic.IReadOnlyDictionary<string, object?>;

namespace KnowledgeGraph.Store.Neo4j;

/// <summary>
/// A <see cref="GraphBatch"/> as the parameter rows of the write statements. An id given twice in one batch is folded
/// into one row the way the embedded store applies repeated upserts in order (first type and name, kind rule, later
/// property values win, names and evidence unite), because one UNWIND must not MERGE the same key from two rows.
/// </summary>
internal sealed class BatchRows
{
    private BatchRows(GraphBatch batch)
    {
        ArticleIds = batch.Articles.Select(a => a.Id).Distinct().ToList();
        Articles = batch.Articles.DistinctBy(a => a.Id).Select((a, place) => ArticleRow(a, place)).ToList();
        var entities = FoldEntities(batch.Entities);
        Entities = entities.Select(e => e.Row).ToList();
        EntityIds = entities.Select(e => e.Id).ToList();
        Mentions = batch.Entities
            .SelectMany(e => e.Mentions.Select(m => (Entity: e, Mention: m)))
            .DistinctBy(x => (x.Entity.Id, x.Mention.ArticleId, x.Mention.Start, x.Mention.End))
            .ToList();
        var relations = FoldRelations(batch.Relations);
        Relations = relations.Select(r => r.Row).ToList();
        RelationList = relations.Select(r => r.Relation).ToList();
    }

    public IReadOnlyList<string> ArticleIds { get; }
    public IReadOnlyList<Row> Articles { get; }
    public IReadOnlyList<string> EntityIds { get; }
    public IReadOnlyList<Row> Entities { get; }
    public IReadOnlyList<(Entity Entity, Evidence Mention)> Mentions { get; }
    public IReadOnlyList<Row> Relations { get; }

    /// <summary>The relations as given (first of each id), for existence checks and error messages.</summary>
    public IReadOnlyList<Relation> RelationList { get; }

    public static BatchRows From(GraphBatch batch) => new(batch);

    public static Row MentionRow(Entity entity, Evidence m) => new Dictionary<string, object?>
    {
        ["entityId"] = entity.Id,
        ["articleId"] = m.ArticleId,
        ["sentence"] = m.Sentence,
        ["startOffset"] = m.Start,
        ["endOffset"] = m.End,
    };

    /// <summary>Name search is ASCII case-insensitive, as SQLite's LIKE is for the embedded store.</summary>
    public static string Fold(string normalized) => string.Create(normalized.Length, normalized, (span, s) =>
    {
        for (var i = 0; i < s.Length; i++)
        {
            span[i] = s[i] is >= 'A' and <= 'Z' ? (char)(s[i] + 32) : s[i];
        }
    });

    private static Row ArticleRow(Article a, int place) => new Dictionary<string, object?>
    {
        ["id"] = a.Id,
        ["ingestOrder"] = place,
        ["document"] = a.Document,
        ["title"] = a.Title,
        ["url"] = a.Url,
        ["publisher"] = a.Publisher,
        ["author"] = a.Author,
        ["publishedOn"] = a.PublishedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["contentHash"] = a.ContentHash,
        ["text"] = a.Text,
    };

    private static List<(string Id, Row Row)> FoldEntities(IReadOnlyList<Entity> entities) =>
        entities.GroupBy(e => e.Id, StringComparer.Ordinal).Select(group =>
        {
            var first = group.First();
            string? kind = null;
            var properties = new Dictionary<string, string>(StringComparer.Ordinal);
            var names = new List<string>();
            foreach (var e in group)
            {
                kind = e == first ? e.Kind : MergeKind(kind, e.Kind);
                foreach (var (key, value) in e.Properties)
                {
                    properties[key] = value;
                }

                foreach (var name in e.Aliases.Prepend(e.Name))
                {
                    if (!string.IsNullOrWhiteSpace(name) && !names.Contains(name))
                    {
                        names.Add(name);
                    }
                }
            }

            var normalized = names.Select(Ids.Normalize).ToList();
            Row row = new Dictionary<string, object?>
            {
                ["id"] = first.Id,
                ["type"] = first.Type,
                ["kind"] = kind,
                ["name"] = first.Name,
                ["names"] = names,
                ["normalizedNames"] = normalized,
                ["foldedNames"] = normalized.Select(Fold).ToList(),
                ["propertyKeys"] = properties.Keys.ToList(),
                ["propertyValues"] = properties.Values.ToList(),
            };
            return (first.Id, row);
        }).ToList();

    /// <summary>The same rule write/merge_entities applies against the stored kind; it is associative, so folding first changes nothing.</summary>
    private static string? MergeKind(string? stored, string? stated) =>
        stored is null || (stored == OrganizationKinds.Other && stated is not null) ? stated : stored;

    private static List<(Relation Relation, Row Row)> FoldRelations(IReadOnlyList<Relation> relations) =>
        relations.GroupBy(r => r.Id, StringComparer.Ordinal).Select(group =>
        {
            var first = group.First();
            var properties = new Dictionary<string, string>(StringComparer.Ordinal);
            var evidence = new Dictionary<(string, int, int), (Evidence Evidence, double Confidence)>();
            foreach (var r in group)
            {
                foreach (var (key, value) in r.Properties)
                {
                    properties[key] = value;
                }

                foreach (var ev in r.Evidence)
                {
                    var key = (ev.ArticleId, ev.Start, ev.End);
                    evidence[key] = (ev, Math.Max(r.Confidence, evidence.TryGetValue(key, out var known) ? known.Confidence : double.MinValue));
                }
            }

            var items = evidence.Values.ToList();
            Row row = new Dictionary<string, object?>
            {
                ["id"] = first.Id,
                ["type"] = first.Type,
                ["sourceId"] = first.SourceId,
                ["targetId"] = first.TargetId,
                ["propertyKeys"] = properties.Keys.ToList(),
                ["propertyValues"] = properties.Values.ToList(),
                ["confidence"] = group.Max(r => r.Confidence),
                ["evidenceKeys"] = items.Select(i => EvidenceKey(i.Evidence)).ToList(),
                ["evidenceArticleIds"] = items.Select(i => i.Evidence.ArticleId).ToList(),
                ["evidenceSentences"] = items.Select(i => i.Evidence.Sentence).ToList(),
                ["evidenceStarts"] = items.Select(i => i.Evidence.Start).ToList(),
                ["evidenceEnds"] = items.Select(i => i.Evidence.End).ToList(),
                ["evidenceConfidences"] = items.Select(i => i.Confidence).ToList(),
                ["citedArticleIds"] = items.Select(i => i.Evidence.ArticleId).Distinct().ToList(),
            };
            return (first with { Evidence = items.Select(i => i.Evidence).ToList() }, row);
        }).ToList();

    /// <summary>Evidence identity on a relationship: article and span (the embedded store's primary key).</summary>
    private static string EvidenceKey(Evidence e) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{e.ArticleId}|{e.Start}|{e.End}");
}
