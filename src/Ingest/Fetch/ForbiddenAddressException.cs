namespace KnowledgeGraph.Ingest.Fetch;

/// <summary>A URL whose host resolves to an address the fetch policy refuses (loopback, private, link-local, metadata).</summary>
public sealed class ForbiddenAddressException(string host) : Exception($"{host} resolves to a loopback, private, link-local or metadata address; refused (Ingest:Fetch:AllowPrivateNetworks is off and Ingest:Fetch:AllowedPrivateNetworks does not list it)")
{
    public string Host { get; } = host;
}
