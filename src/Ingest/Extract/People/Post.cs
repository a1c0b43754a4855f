namespace KnowledgeGraph.Ingest.Extract.People;

/// <summary>A title a person holds at a body, read from the title chain written before the name.</summary>
public sealed record Post(Mention Organization, string Title, bool Byline);
