namespace KnowledgeGraph.Ingest.Extract.Lexicons;

/// <summary>A lexicon file is missing or has a line the loader cannot read; the message names the file and line.</summary>
public sealed class LexiconFormatException(string message) : Exception(message);
