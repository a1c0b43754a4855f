namespace KnowledgeGraph.Model.Graph;

/// <summary>Where a fact is stated: the article, the sentence, and the character span [Start, End) of the mention in the article text.</summary>
public sealed record Evidence(string ArticleId, string Sentence, int Start, int End);
