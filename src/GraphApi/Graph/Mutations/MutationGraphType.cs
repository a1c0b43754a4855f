using GraphQL.Types;
using KnowledgeGraph.GraphApi.Graph.Curation;

namespace KnowledgeGraph.GraphApi.Graph.Mutations;

/// <summary>The write side of the API; every mutation needs an API key (see MutationsRequireKeyRule).</summary>
public sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType()
    {
        Name = "Mutation";
        Description = "Writes to the knowledge graph. Requires an API key (X-Api-Key or Authorization: Bearer).";

        Field<NonNullGraphType<IngestReportGraphType>>("ingestText")
            .Description("Extracts entities and relations from one Chinese news text and stores them with evidence.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "The article body as plain text.")
            .Argument<StringGraphType>("title", "The headline.")
            .Argument<StringGraphType>("url", "Where the article was published; sending the same URL again replaces it.")
            .Argument<DateOnlyGraphType>("publishedOn", "The publication date (yyyy-MM-dd); dates the evidence.")
            .Argument<StringGraphType>("publisher", "The publishing body or outlet (来源).")
            .ResolveAsync(async c => await IngestTextResolver.ResolveAsync(c));

        Field<NonNullGraphType<IngestReportGraphType>>("ingestUrl")
            .Description("Fetches one http(s) page (never a loopback, private or metadata address unless the operator allows it) and ingests it.")
            .Argument<NonNullGraphType<StringGraphType>>("url", "The article's absolute http(s) URL.")
            .ResolveAsync(async c => await IngestUrlResolver.ResolveAsync(c));

        CurationMutationFields.AddTo(this);
    }
}
