using System.Text;

namespace KnowledgeGraph.Ingest.Parse;

/// <summary>A document's text with the encoding it was read in and why that encoding was chosen (for diagnostics).</summary>
internal sealed record DecodedText(string Text, Encoding Encoding, string Source);
