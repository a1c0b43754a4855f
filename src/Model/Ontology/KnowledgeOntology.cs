using System.Reflection;
using System.Text.Json;

namespace KnowledgeGraph.Model.Ontology;

/// <summary>
/// The entity/relation contract, loaded from <c>ontology.json</c> so that validation, API enums and store mappings
/// all derive from one data file (adding a relation type is one edit there).
/// </summary>
public sealed class KnowledgeOntology
{
    private static readonly Lazy<KnowledgeOntology> Embedded = new(LoadEmbedded);

    private readonly Dictionary<string, RelationTypeDefinition> _relations;
    private readonly HashSet<string> _entityTypes;
    private readonly HashSet<string> _kinds;

    public KnowledgeOntology(
        int version,
        IReadOnlyList<OntologyTerm> entityTypes,
        IReadOnlyList<OntologyTerm> organizationKinds,
        IReadOnlyList<RelationTypeDefinition> relationTypes)
    {
        Version = version;
        EntityTypes = entityTypes;
        OrganizationKinds = organizationKinds;
        RelationTypes = relationTypes;
        _entityTypes = entityTypes.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        _kinds = organizationKinds.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        _relations = relationTypes.ToDictionary(r => r.Name, StringComparer.Ordinal);
    }

    /// <summary>The ontology shipped with the model.</summary>
    public static KnowledgeOntology Default => Embedded.Value;

    public int Version { get; }
    public IReadOnlyList<OntologyTerm> EntityTypes { get; }
    public IReadOnlyList<OntologyTerm> OrganizationKinds { get; }
    public IReadOnlyList<RelationTypeDefinition> RelationTypes { get; }

    public bool IsEntityType(string type) => _entityTypes.Contains(type);

    public bool IsOrganizationKind(string kind) => _kinds.Contains(kind);

    public RelationTypeDefinition? FindRelationType(string type) => _relations.GetValueOrDefault(type);

    public bool IsSymmetric(string relationType) => _relations.TryGetValue(relationType, out var r) && r.Symmetric;

    /// <summary>Whether a relation of this type may link an entity of <paramref name="sourceType"/> to one of <paramref name="targetType"/>.</summary>
    public bool Allows(string relationType, string sourceType, string targetType) =>
        _relations.TryGetValue(relationType, out var r) && r.Sources.Contains(sourceType) && r.Targets.Contains(targetType);

    public static KnowledgeOntology Parse(Stream json)
    {
        var doc = JsonSerializer.Deserialize<OntologyFile>(json, JsonOptions)
            ?? throw new InvalidDataException("The ontology file is empty.");
        if (doc.EntityTypes is not { Count: > 0 } || doc.RelationTypes is not { Count: > 0 })
        {
            throw new InvalidDataException("The ontology file must list entity types and relation types.");
        }

        return new KnowledgeOntology(
            doc.Version,
            doc.EntityTypes,
            doc.OrganizationKinds ?? [],
            doc.RelationTypes.Select(r => new RelationTypeDefinition(
                r.Name, r.Description, r.Sources, r.Targets, r.Symmetric,
                (r.Properties ?? []).ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value))).ToList());
    }

    private static KnowledgeOntology LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("KnowledgeGraph.Model.ontology.json")
            ?? throw new InvalidOperationException("The embedded ontology.json is missing from KnowledgeGraph.Model.");
        return Parse(stream);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed record OntologyFile(
        int Version,
        List<OntologyTerm> EntityTypes,
        List<OntologyTerm>? OrganizationKinds,
        List<RelationFile> RelationTypes);

    private sealed record RelationFile(
        string Name,
        string Description,
        List<string> Sources,
        List<string> Targets,
        bool Symmetric,
        Dictionary<string, List<string>>? Properties);
}
