using KnowledgeGraph.Model;
using KnowledgeGraph.Model.Articles;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Tests.Store;

/// <summary>
/// Builds batches the way the extractor would: articles, the entities each mentions and the relations each states,
/// with evidence pointing at the names in the article text.
/// <code>new GraphBuilder().Article("联盟成立", "广州市科协加入…").Relate(广州市科协, MEMBER_OF, 联盟).Build()</code>
/// </summary>
public sealed class GraphBuilder
{
    private readonly List<Article> _articles = [];
    private readonly Dictionary<string, (Entity Entity, List<Evidence> Mentions)> _entities = [];
    private readonly Dictionary<string, (Relation Relation, List<Evidence> Evidence)> _relations = [];
    private Article? _current;

    public static Entity Organization(string name, string kind, params string[] aliases) =>
        new(Ids.Entity(EntityTypes.Organization, name), EntityTypes.Organization, name) { Kind = kind, Aliases = aliases };

    public static Entity Person(string name) => new(Ids.Entity(EntityTypes.Person, name), EntityTypes.Person, name);

    public static Entity Event(string name) => new(Ids.Entity(EntityTypes.Event, name), EntityTypes.Event, name);

    public static string ArticleId(string key) => Ids.Article("tests/" + key, 0);

    public static Relation RelationOf(Entity source, string type, Entity target) =>
        new(Ids.Relation(type, source.Id, target.Id, KnowledgeOntology.Default.IsSymmetric(type)), type, source.Id, target.Id);

    /// <summary>Starts an article; the mentions and relations that follow are stated in it.</summary>
    public GraphBuilder Article(string key, string text, DateOnly? publishedOn = null)
    {
        _current = new Article(ArticleId(key), "tests/" + key, text)
        {
            Title = key,
            Url = $"https://example.org/news/{Uri.EscapeDataString(key)}",
            Publisher = "中国科协",
            PublishedOn = publishedOn,
        };
        _articles.Add(_current);
        return this;
    }

    /// <summary>Adds entities with a mention in the current article (and the entity, when given again, with its newer fields).</summary>
    public GraphBuilder Mention(params Entity[] entities)
    {
        foreach (var entity in entities)
        {
            var mentions = _entities.TryGetValue(entity.Id, out var known) ? known.Mentions : [];
            var mention = EvidenceOf(entity.Name);
            if (!mentions.Contains(mention))
            {
                mentions.Add(mention);
            }

            _entities[entity.Id] = (entity, mentions);
        }

        return this;
    }

    /// <summary>An entity of the batch with no mention (e.g. known from elsewhere).</summary>
    public GraphBuilder Unmentioned(Entity entity)
    {
        _entities.TryAdd(entity.Id, (entity, []));
        return this;
    }

    /// <summary>States a relation in the current article: both ends are mentioned, the evidence points at the source's name.</summary>
    public GraphBuilder Relate(
        Entity source, string type, Entity target, double confidence = 0.9, IReadOnlyDictionary<string, string>? properties = null)
    {
        Mention(source, target);
        var relation = RelationOf(source, type, target) with { Confidence = confidence, Properties = properties ?? new Dictionary<string, string>() };
        return AddRelation(relation, EvidenceOf(source.Name));
    }

    /// <summary>A relation as given, for batches the store must refuse (an endpoint it has never seen).</summary>
    public GraphBuilder RelateUnchecked(Relation relation) => AddRelation(relation, EvidenceOf(""));

    public GraphBatch Build() => new(
        [.. _articles],
        _entities.Values.Select(e => e.Entity with { Mentions = [.. e.Mentions] }).ToList(),
        _relations.Values.Select(r => r.Relation with { Evidence = [.. r.Evidence] }).ToList());

    private GraphBuilder AddRelation(Relation relation, Evidence evidence)
    {
        if (_relations.TryGetValue(relation.Id, out var known))
        {
            known.Evidence.Add(evidence);
            _relations[relation.Id] = (relation with { Confidence = Math.Max(relation.Confidence, known.Relation.Confidence) }, known.Evidence);
        }
        else
        {
            _relations[relation.Id] = (relation, [evidence]);
        }

        return this;
    }

    /// <summary>The sentence (up to 。) holding the name's first occurrence, and the name's span in the article.</summary>
    private Evidence EvidenceOf(string name)
    {
        var article = _current ?? throw new InvalidOperationException("Call Article(...) before stating mentions or relations.");
        var start = Math.Max(0, article.Text.IndexOf(name, StringComparison.Ordinal));
        var sentenceStart = article.Text.LastIndexOf('。', Math.Max(0, start - 1)) + 1;
        var sentenceEnd = article.Text.IndexOf('。', start);
        var sentence = article.Text[sentenceStart..(sentenceEnd < 0 ? article.Text.Length : sentenceEnd + 1)];
        return new Evidence(article.Id, sentence, start, start + name.Length);
    }
}
