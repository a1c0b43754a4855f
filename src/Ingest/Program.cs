using KnowledgeGraph.Ingest.Cli;

return await CliApp.Create().Parse(args).InvokeAsync();
