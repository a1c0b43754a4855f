using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using KnowledgeGraph.Model.Extraction;
using KnowledgeGraph.Model.Ontology;

namespace KnowledgeGraph.Ingest.Cli;

/// <summary>
/// Writes document graphs in the gold format of ONTOLOGY.md: one JSON list, one object per input document, Chinese
/// kept readable (no \u escapes). Streams one document at a time.
/// </summary>
public sealed class GoldFormatWriter : IAsyncDisposable
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private readonly Utf8JsonWriter _writer;
    private readonly Stream _output;

    public GoldFormatWriter(Stream output)
    {
        _output = output;
        _writer = new Utf8JsonWriter(output, Options);
        _writer.WriteStartArray();
    }

    public async Task WriteAsync(string document, DocumentGraph graph)
    {
        var w = _writer;
        w.WriteStartObject();
        w.WriteString("doc", document);
        w.WriteStartArray("entities");
        foreach (var e in graph.Entities)
        {
            w.WriteStartObject();
            w.WriteString("type", e.Type);
            if (e.Kind is not null)
            {
                w.WriteString("kind", e.Kind);
            }

            w.WriteString("name", e.Name);
            if (e.Aliases.Count > 0)
            {
                w.WriteStartArray("aliases");
                foreach (var alias in e.Aliases)
                {
                    w.WriteStringValue(alias);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("relations");
        foreach (var r in graph.Relations)
        {
            w.WriteStartObject();
            w.WriteString("type", r.Type);
            foreach (var property in ScoredProperties)
            {
                if (r.Properties.TryGetValue(property, out var value))
                {
                    w.WriteString(property, value);
                }
            }

            w.WriteString("source", r.Source);
            w.WriteString("target", r.Target);
            w.WriteNumber("confidence", Math.Round(r.Confidence, 3));
            if (r.Evidence.Count > 0)
            {
                w.WriteString("evidence", r.Evidence[0].Sentence);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        await w.FlushAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _writer.WriteEndArray();
        await _writer.FlushAsync();
        await _writer.DisposeAsync();
        await _output.WriteAsync("\n"u8.ToArray());
        await _output.FlushAsync();
    }

    /// <summary>The relation properties the contract names (role, title, instrument), derived from the ontology.</summary>
    private static readonly string[] ScoredProperties =
        [.. KnowledgeOntology.Default.RelationTypes.SelectMany(t => t.Properties.Keys).Distinct()];
}
