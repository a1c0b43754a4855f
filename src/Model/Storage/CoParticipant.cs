using KnowledgeGraph.Model.Graph;

namespace KnowledgeGraph.Model.Storage;

/// <summary>Someone who took part in (organised or attended) events the asked-for entity also took part in.</summary>
/// <param name="Links">Its ORGANIZED/ATTENDED relations to the shared events, with evidence.</param>
public sealed record CoParticipant(Entity Entity, int SharedEvents, IReadOnlyList<Relation> Links);
