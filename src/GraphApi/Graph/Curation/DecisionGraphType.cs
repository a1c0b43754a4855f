using GraphQL.Types;
using KnowledgeGraph.GraphApi.Graph.Types;
using KnowledgeGraph.Model.Curation;

namespace KnowledgeGraph.GraphApi.Graph.Curation;

/// <summary>One entry of the curation audit trail. Fields that do not apply to the decision's kind are null.</summary>
public sealed class DecisionGraphType : ObjectGraphType<Decision>
{
    public DecisionGraphType()
    {
        Name = "Decision";
        Description = "An analyst's decision: what, who, when and why. Decisions are never deleted; an undo is a decision of its own.";
        Field<NonNullGraphType<IntGraphType>>("seq").Description("Position in the decision log; decisions apply in this order. Pass it to undoDecision.").Resolve(c => (int)c.Source.Seq);
        Field<NonNullGraphType<DecisionKindEnum>>("kind").Description("What the decision does.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("actor").Description("Name of the API key that made the decision.").Resolve(c => c.Source.Actor);
        Field<StringGraphType>("reason").Description("Why, as the analyst wrote it.").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When the decision was recorded (UTC).").Resolve(c => c.Source.CreatedAt);
        Field<BooleanGraphType>("active").Description("True while the decision is in force (not undone, and not itself an undo).").Resolve(c => c.Source.IsActive);
        Field<IntGraphType>("undoneBy").Description("seq of the undo that took this decision back.").Resolve(c => (int?)c.Source.UndoneBy);
        Field<IntGraphType>("undoes").Description("UNDO: seq of the decision taken back.").Resolve(c => (int?)c.Source.Payload.UndoesSeq);
        Field<IdGraphType>("entityId").Description("The entity decided about (MERGE: the one merged away; SPLIT: the one the mention leaves).").Resolve(c => c.Source.Payload.EntityId);
        Field<IdGraphType>("intoId").Description("MERGE and KEEP_APART: the other entity (MERGE: the one that stays).").Resolve(c => c.Source.Payload.IntoId);
        Field<IdGraphType>("splitEntityId").Description("SPLIT: the entity the mention moved to (derived from seq, stable across re-extraction).").Resolve(c => c.Source.SplitEntityId());
        Field<IdGraphType>("articleId").Description("SPLIT: the article of the mention.").Resolve(c => c.Source.Payload.ArticleId);
        Field<IntGraphType>("start").Description("SPLIT: where the mention starts in the article text.").Resolve(c => c.Source.Payload.Start);
        Field<IntGraphType>("end").Description("SPLIT: where the mention ends (exclusive).").Resolve(c => c.Source.Payload.End);
        Field<StringGraphType>("name").Description("SET_ENTITY: the new name; MERGE: the surviving name; SPLIT: the split-off entity's name when given.").Resolve(c => c.Source.Payload.Name);
        Field<StringGraphType>("entityKind").Description("SET_ENTITY, MERGE, SPLIT: the organization kind set (ontology name).").Resolve(c => c.Source.Payload.EntityKind);
        Field<StringGraphType>("priorName").Description("The entity's name before the decision (what an undo restores).").Resolve(c => c.Source.Payload.PriorName);
        Field<StringGraphType>("alias").Description("ADD_ALIAS, REMOVE_ALIAS: the alias.").Resolve(c => c.Source.Payload.Alias);
        Field<IdGraphType>("relationId").Description("CONFIRM_RELATION, REJECT_RELATION: the relation.").Resolve(c => c.Source.Payload.RelationId);
        Field<RelationTypeEnum>("relationType").Description("Relation decisions: the relation's type.").Resolve(c => c.Source.Payload.RelationType);
        Field<IdGraphType>("sourceId").Description("Relation decisions: the relation's source entity.").Resolve(c => c.Source.Payload.SourceId);
        Field<IdGraphType>("targetId").Description("Relation decisions: the relation's target entity.").Resolve(c => c.Source.Payload.TargetId);
        Field<StringGraphType>("note").Description("ADD_RELATION: where the analyst's relation comes from.").Resolve(c => c.Source.Payload.Note);
    }
}
