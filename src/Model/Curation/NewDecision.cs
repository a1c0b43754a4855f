namespace KnowledgeGraph.Model.Curation;

/// <summary>A decision about to be appended: the log gives it its sequence number and time.</summary>
public sealed record NewDecision(DecisionKind Kind, DecisionPayload Payload, string Actor, string? Reason);
