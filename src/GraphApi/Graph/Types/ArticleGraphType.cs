using GraphQL.Types;
using KnowledgeGraph.Model.Articles;

namespace KnowledgeGraph.GraphApi.Graph.Types;

/// <summary>A news item or notice the graph was built from.</summary>
public sealed class ArticleGraphType : ObjectGraphType<Article>
{
    public ArticleGraphType()
    {
        Name = "Article";
        Description = "A news item or notice; evidence offsets point into its text.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id derived from where the article came from.").Resolve(c => c.Source.Id);
        Field<StringGraphType>("title").Description("The headline.").Resolve(c => c.Source.Title);
        Field<StringGraphType>("url").Description("Where it was published, when known.").Resolve(c => c.Source.Url);
        Field<DateGraphType>("publishedOn").Description("Publication date, when known.").Resolve(c => c.Source.PublishedOn);
        Field<StringGraphType>("publisher").Description("The outlet or body that published it.").Resolve(c => c.Source.Publisher);
        Field<StringGraphType>("author").Description("The reporter or author, when stated.").Resolve(c => c.Source.Author);
        Field<NonNullGraphType<StringGraphType>>("document").Description("The input the article came from (file name or URL).").Resolve(c => c.Source.Document);
    }
}
