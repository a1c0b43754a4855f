using System.CommandLine;
using KnowledgeGraph.Ingest.Extract;
using KnowledgeGraph.Ingest.Fetch;
using KnowledgeGraph.Ingest.Hosting;
using KnowledgeGraph.Ingest.Parse;
using KnowledgeGraph.Model.Extraction;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Ingest.Cli;

/// <summary>
/// <c>extract &lt;files|dirs&gt; [--json]</c>: runs parse and extract only (no store) and prints, per input document,
/// what was found — with --json, one JSON list in the gold format that score.py reads.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, directories or http(s) URLs", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print the gold-format JSON list (ONTOLOGY.md) to stdout" };
        var command = new Command("extract", "Extract entities and relations from documents without storing them") { inputs, json };
        command.SetAction((result, ct) => RunAsync(result.GetValue(inputs)!, result.GetValue(json), ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] inputs, bool json, CancellationToken ct)
    {
        using var host = IngestHost.CreateBuilder().Build();
        var reader = host.Services.GetRequiredService<InputReader>();
        var parser = host.Services.GetRequiredService<DocumentParser>();
        var extractor = host.Services.GetRequiredService<IExtractor>();

        var failures = 0;
        await using var stdout = Console.OpenStandardOutput();
        await using var writer = json ? new GoldFormatWriter(stdout) : null;
        await foreach (var outcome in reader.ReadAsync(inputs, ct))
        {
            try
            {
                if (outcome.Document is null)
                {
                    throw new InvalidDocumentException(outcome.Input, outcome.Error ?? "could not be read");
                }

                var graphs = parser.Parse(outcome.Document).Select(extractor.Extract).ToList();
                var merged = DocumentGraphMerger.Merge(outcome.Document.Name, graphs);
                if (writer is not null)
                {
                    await writer.WriteAsync(outcome.Document.Name, merged);
                }
                else
                {
                    Console.WriteLine($"{outcome.Document.Name}: {graphs.Count} articles, {merged.Entities.Count} entities, {merged.Relations.Count} relations");
                }
            }
            catch (InvalidDocumentException ex)
            {
                failures++;
                await Console.Error.WriteLineAsync($"error: {ex.Message}");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One document the extractor chokes on must not cost the others their output.
                failures++;
                await Console.Error.WriteLineAsync($"error: {outcome.Input}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        return failures == 0 ? 0 : 1;
    }
}
