using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.GraphApi.Graph.Types;
using KnowledgeGraph.Model.Curation;

namespace KnowledgeGraph.GraphApi.Graph.Curation;

/// <summary>
/// Curation mutations. Each records one decision (actor = the API key's name) and re-derives the entities it touches from
/// the stored article texts; errors: NOT_FOUND, BAD_USER_INPUT, CONFLICT, NOT_SUPPORTED (a store provider
/// without re-derivation; both shipped providers have it).
/// </summary>
public static class CurationMutationFields
{
    private const string ReasonDescription = "Why: kept in the audit trail.";

    public static void AddTo(ObjectGraphType mutation)
    {
        Decide(mutation, "mergeEntities", "Records that two entities are one: the first is merged into the second (mentions, names, relations with their own evidence).")
            .Argument<NonNullGraphType<IdGraphType>>("entityId", "The entity merged away.")
            .Argument<NonNullGraphType<IdGraphType>>("intoId", "The entity that stays.")
            .ResolveAsync(async c => await CurationResolvers.DecideAsync(c, DecisionKind.Merge,
                new DecisionPayload { EntityId = c.GetArgument<string>("entityId"), IntoId = c.GetArgument<string>("intoId") }));

        Decide(mutation, "splitMention", "Records that one mention is not the entity it was resolved to: it becomes an entity of its own, and relation evidence around it moves with it.")
            .Argument<NonNullGraphType<IdGraphType>>("entityId", "The entity the mention leaves.")
            .Argument<NonNullGraphType<IdGraphType>>("articleId", "The article of the mention.")
            .Argument<NonNullGraphType<IntGraphType>>("start", "Start offset of the mention in the article text.")
            .Argument<NonNullGraphType<IntGraphType>>("end", "End offset (exclusive).")
            .Argument<StringGraphType>("name", "Name of the new entity (default: the mention's text).")
            .Argument<OrganizationKindEnum>("kind", "Organization kind of the new entity (default: the old entity's).")
            .ResolveAsync(async c => await CurationResolvers.DecideAsync(c, DecisionKind.Split, new DecisionPayload
            {
                EntityId = c.GetArgument<string>("entityId"),
                ArticleId = c.GetArgument<string>("articleId"),
                Start = c.GetArgument<int>("start"),
                End = c.GetArgument<int>("end"),
                Name = c.GetArgument<string?>("name"),
                EntityKind = c.GetArgument<string?>("kind"),
            }));

        Decide(mutation, "updateEntity", "Sets an entity's canonical name and/or organization kind; the old name stays as an alias.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The entity.")
            .Argument<StringGraphType>("name", "The canonical name.")
            .Argument<OrganizationKindEnum>("kind", "The organization kind (organizations only).")
            .ResolveAsync(async c => await CurationResolvers.DecideAsync(c, DecisionKind.SetEntity,
                new DecisionPayload { EntityId = c.GetArgument<string>("id"), Name = c.GetArgument<string?>("name"), EntityKind = c.GetArgument<string?>("kind") }));

        Decide(mutation, "addAlias", "Adds a name the entity also goes by (future articles using it resolve to the entity).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The entity.")
            .Argument<NonNullGraphType<StringGraphType>>("alias", "The alias.")
            .ResolveAsync(async c => await CurationResolvers.DecideAsync(c, DecisionKind.AddAlias,
                new DecisionPayload { EntityId = c.GetArgument<string>("id"), Alias = c.GetArgument<string>("alias") }));

        Decide(mutation, "removeAlias", "Removes a wrong alias, also when the extractor finds it again.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The entity.")
            .Argument<NonNullGraphType<StringGraphType>>("alias", "The alias.")
            .ResolveAsync(async c => await CurationResolvers.DecideAsync(c, DecisionKind.RemoveAlias,
                new DecisionPayload { EntityId = c.GetArgument<string>("id"), Alias = c.GetArgument<string>("alias") }));

        Decide(mutation, "confirmRelation", "Confirms a relation: its confidence becomes 1 and it leaves the review queue.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The relation.")
            .ResolveAsync(async c => await CurationResolvers.DecideAsync(c, DecisionKind.ConfirmRelation, new DecisionPayload { RelationId = c.GetArgument<string>("id") }));

        Decide(mutation, "rejectRelation", "Rejects a relation: it leaves the graph and stays out when the extractor finds it again.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The relation.")
            .ResolveAsync(async c => await CurationResolvers.DecideAsync(c, DecisionKind.RejectRelation, new DecisionPayload { RelationId = c.GetArgument<string>("id") }));

        Decide(mutation, "addRelation", "Adds a relation by hand (no article evidence), with a note saying where it comes from.")
            .Argument<NonNullGraphType<RelationTypeEnum>>("type", "The relation type (the ontology must allow it between the two entity types).")
            .Argument<NonNullGraphType<IdGraphType>>("sourceId", "The source entity.")
            .Argument<NonNullGraphType<IdGraphType>>("targetId", "The target entity.")
            .Argument<NonNullGraphType<StringGraphType>>("note", "Where the fact comes from.")
            .ResolveAsync(async c => await CurationResolvers.DecideAsync(c, DecisionKind.AddRelation, new DecisionPayload
            {
                RelationType = c.GetArgument<string>("type"),
                SourceId = c.GetArgument<string>("sourceId"),
                TargetId = c.GetArgument<string>("targetId"),
                Note = c.GetArgument<string>("note"),
            }));

        Decide(mutation, "undoDecision", "Takes a decision back: records an UNDO and restores the graph as it would be without the decision.")
            .Argument<NonNullGraphType<IntGraphType>>("seq", "seq of the decision.")
            .ResolveAsync(async c => await CurationResolvers.UndoAsync(c));

        Decide(mutation, "acceptCandidate", "Accepts a review candidate: merges the duplicate or confirms the relation.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The candidate's id.")
            .ResolveAsync(async c => await CurationResolvers.CandidateAsync(c, accept: true));

        Decide(mutation, "rejectCandidate", "Rejects a review candidate: keeps the two entities apart (the pair is not offered again) or rejects the relation.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The candidate's id.")
            .ResolveAsync(async c => await CurationResolvers.CandidateAsync(c, accept: false));
    }

    private static GraphQL.Builders.FieldBuilder<object?, Decision> Decide(ObjectGraphType mutation, string name, string description) =>
        mutation.Field<NonNullGraphType<DecisionGraphType>, Decision>(name)
            .Description(description)
            .Argument<StringGraphType>("reason", ReasonDescription);
}
