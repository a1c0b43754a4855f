namespace KnowledgeGraph.Model.Ontology;

/// <summary>A named entity type, organization kind or relation type, with the text that documents it.</summary>
public sealed record OntologyTerm(string Name, string Description);

/// <summary>A relation type of the contract: which entity types it links and which properties it carries.</summary>
public sealed record RelationTypeDefinition(
    string Name,
    string Description,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Targets,
    bool Symmetric,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Properties);
