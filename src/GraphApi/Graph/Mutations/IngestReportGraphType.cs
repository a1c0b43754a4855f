using GraphQL.Types;
using KnowledgeGraph.Ingest.Load;

namespace KnowledgeGraph.GraphApi.Graph.Mutations;

/// <summary>What an ingestion wrote.</summary>
public sealed class IngestReportGraphType : ObjectGraphType<IngestReport>
{
    public IngestReportGraphType()
    {
        Name = "IngestReport";
        Description = "What ingesting the text wrote to the graph.";
        Field<NonNullGraphType<IntGraphType>>("documents").Description("Documents stored (0 when the text was refused).").Resolve(c => c.Source.Documents);
        Field<NonNullGraphType<IntGraphType>>("articles").Description("Articles written.").Resolve(c => c.Source.Articles);
        Field<NonNullGraphType<IntGraphType>>("entities").Description("Entities written (new or merged).").Resolve(c => c.Source.EntitiesWritten);
        Field<NonNullGraphType<IntGraphType>>("relations").Description("Relations written (new or with new evidence).").Resolve(c => c.Source.RelationsWritten);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("failures")
            .Description("Why the text was not stored, when it was not.")
            .Resolve(c => c.Source.Failures.Select(f => f.Reason));
    }
}
