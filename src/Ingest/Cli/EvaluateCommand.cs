using System.CommandLine;
using KnowledgeGraph.Ingest.Extract;
using KnowledgeGraph.Ingest.Extract.Evaluation;
using KnowledgeGraph.Ingest.Fetch;
using KnowledgeGraph.Ingest.Hosting;
using KnowledgeGraph.Ingest.Parse;
using KnowledgeGraph.Model.Extraction;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Ingest.Cli;

/// <summary>
/// <c>evaluate &lt;gold-dir&gt; [&lt;docs-dir&gt;] [--show-errors N]</c>: extracts the <c>.txt</c> documents beside the
/// gold files (or in docs-dir) and prints per-type precision, recall and F1 for entities and relations, organisation-kind
/// and role/title accuracy — the figures score.py prints for the same output.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var gold = new Argument<string>("gold-dir") { Description = "Directory of <doc>.json gold files (ONTOLOGY.md)" };
        var docs = new Argument<string?>("docs-dir") { Description = "Directory of <doc>.txt documents (default: the gold directory)", Arity = ArgumentArity.ZeroOrOne };
        var errors = new Option<int>("--show-errors") { Description = "List the first N missed and spurious entities and relations" };
        var command = new Command("evaluate", "Extract the documents of a gold directory and score them against the gold") { gold, docs, errors };
        command.SetAction((result, ct) => RunAsync(result.GetValue(gold)!, result.GetValue(docs), result.GetValue(errors), ct));
        return command;
    }

    private static async Task<int> RunAsync(string goldDir, string? docsDir, int showErrors, CancellationToken ct)
    {
        if (!Directory.Exists(goldDir))
        {
            await Console.Error.WriteLineAsync($"error: {goldDir} is not a directory");
            return 2;
        }

        var gold = GoldReader.Load(goldDir);
        var files = Directory.GetFiles(docsDir ?? goldDir, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (gold.Count == 0 || files.Count == 0)
        {
            await Console.Error.WriteLineAsync($"error: no gold files in {goldDir} or no .txt documents in {docsDir ?? goldDir}");
            return 2;
        }

        using var host = IngestHost.CreateBuilder().Build();
        var reader = host.Services.GetRequiredService<InputReader>();
        var parser = host.Services.GetRequiredService<DocumentParser>();
        var extractor = host.Services.GetRequiredService<IExtractor>();
        var predicted = new Dictionary<string, GoldDocument>(StringComparer.Ordinal);
        var failures = 0;
        await foreach (var outcome in reader.ReadAsync(files, ct))
        {
            if (outcome.Document is null)
            {
                failures++;
                await Console.Error.WriteLineAsync($"error: {outcome.Input}: {outcome.Error ?? "could not be read"}");
                continue;
            }

            var graphs = parser.Parse(outcome.Document).Select(extractor.Extract).ToList();
            predicted[outcome.Document.Name] = GoldDocument.FromGraph(outcome.Document.Name, DocumentGraphMerger.Merge(outcome.Document.Name, graphs));
        }

        Console.Write(Scorer.Score(gold, predicted).Format(showErrors));
        return failures == 0 ? 0 : 1;
    }
}
