namespace KnowledgeGraph.Ingest.Load;

/// <summary>Progress of a long ingest run, reported after each input.</summary>
public readonly record struct IngestProgress(int InputsSeen, int DocumentsStored, int Failed, string LastInput);
