using GraphQL.Types;
using KnowledgeGraph.Model.Graph;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>A named programme, plan, initiative or agreement that bodies join or run.</summary>
public sealed class ProgramGraphType : ObjectGraphType<Entity>
{
    public ProgramGraphType()
    {
        Name = EntityTypes.Program;
        Description = "A named programme, plan, initiative or agreement that bodies join or run.";
        Interface<EntityGraphType>();
        IsTypeOf = source => source is Entity { Type: EntityTypes.Program };
        EntityFields.AddTo(this, withResolvers: true);
    }
}
