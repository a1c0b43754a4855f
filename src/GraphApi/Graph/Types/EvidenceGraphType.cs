using GraphQL.Types;
using KnowledgeGraph.Model.Graph;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>Where a fact is stated.</summary>
public sealed class EvidenceGraphType : ObjectGraphType<Evidence>
{
    public EvidenceGraphType()
    {
        Name = "Evidence";
        Description = "A sentence of an article that states a fact, with the character span of the mention.";
        Field<NonNullGraphType<StringGraphType>>("sentence").Description("The sentence as it appears in the article.").Resolve(c => c.Source.Sentence);
        Field<NonNullGraphType<IntGraphType>>("start").Description("Start offset of the mention in the article text (inclusive).").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Description("End offset of the mention in the article text (exclusive).").Resolve(c => c.Source.End);
        Field<ArticleGraphType>("article")
            .Description("The article the sentence is from.")
            .Resolve(c => c.Loaders().Articles.Load(c.Source.ArticleId));
    }
}
