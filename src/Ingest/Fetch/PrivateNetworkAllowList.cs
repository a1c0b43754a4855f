using System.Net;

namespace KnowledgeGraph.Ingest.Fetch;

/// <summary>The operator's exceptions to <see cref="AddressPolicy"/>: whole private networks, or named ones only.</summary>
internal sealed class PrivateNetworkAllowList
{
    private readonly bool _all;
    private readonly IPNetwork[] _networks;

    public PrivateNetworkAllowList(FetchOptions options)
    {
        _all = options.AllowPrivateNetworks;
        _networks = [.. options.AllowedPrivateNetworks.Select(Parse)];
    }

    /// <summary>May a connection go to this resolved address?</summary>
    public bool Permits(IPAddress address)
    {
        if (_all || AddressPolicy.IsPublic(address))
        {
            return true;
        }

        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return _networks.Any(n => n.Contains(plain));
    }

    private static IPNetwork Parse(string cidr)
    {
        var text = cidr.Contains('/', StringComparison.Ordinal) ? cidr : cidr + (cidr.Contains(':', StringComparison.Ordinal) ? "/128" : "/32");
        return IPNetwork.TryParse(text.Trim(), out var network)
            ? network
            : throw new FormatException($"Ingest:Fetch:AllowedPrivateNetworks: '{cidr}' is not an address or CIDR network");
    }
}
