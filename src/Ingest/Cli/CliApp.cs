using System.CommandLine;

namespace KnowledgeGraph.Ingest.Cli;

/// <summary>The ingest host's verbs.</summary>
internal static class CliApp
{
    public static RootCommand Create() => new("KnowledgeGraph ingest: Chinese S&T news and notices into the knowledge graph")
    {
        IngestCommand.Create(),
        ExtractCommand.Create(),
        StatsCommand.Create(),
        CrawlCommand.Create(),
        WorkerCommand.Create(),
        EvaluateCommand.Create(),
        MigrateCommand.Create(),
        CopyCommand.Create(),
        ReextractCommand.Create(),
    };
}
