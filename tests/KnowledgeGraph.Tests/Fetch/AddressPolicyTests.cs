using System.Net;
using KnowledgeGraph.Ingest.Fetch;

namespace KnowledgeGraph.Tests.Fetch;

public class AddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fd00:ec2::254")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    public void Internal_and_metadata_addresses_are_refused(string address) =>
        AddressPolicy.IsPublic(IPAddress.Parse(address)).Should().BeFalse();

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("202.108.22.5")]
    [InlineData("2400:da00::6666")]
    public void Public_addresses_are_allowed(string address) =>
        AddressPolicy.IsPublic(IPAddress.Parse(address)).Should().BeTrue();
}
