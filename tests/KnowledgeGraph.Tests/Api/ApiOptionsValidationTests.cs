using KnowledgeGraph.GraphApi.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Tests.Api;

/// <summary>A wrong <c>Api</c> section stops the service at start with a message naming the setting, never half-applies.</summary>
public sealed class ApiOptionsValidationTests
{
    private const string GoodKey = "a-key-of-enough-length-0123";

    [Theory]
    [InlineData("Api:ApiKeys:0:Name=ops", "Api:ApiKeys:0:Key=short", "*'ops' must be at least 16 characters*")]
    [InlineData("Api:ApiKeys:0:Name=ops", "Api:ApiKeys:0:Key=" + GoodKey, "Api:ApiKeys:1:Name=ops", "Api:ApiKeys:1:Key=" + GoodKey + "x", "*'ops' is used twice*")]
    [InlineData("Api:RequireKeyForReads=true", "*RequireKeyForReads*ApiKeys is empty*")]
    [InlineData("Api:Cors:Origins:0=https://dash.example.org/path", "*Cors:Origins*must be an origin*")]
    [InlineData("Api:ResponseCache:MaxBytes=100000", "Api:ResponseCache:MaxEntryBytes=200000", "*MaxEntryBytes cannot be larger than*MaxBytes*")]
    [InlineData("Api:ResponseCache:MaxBytes=10", "*MaxBytes*")]
    [InlineData("Api:RateLimit:PermitsPerWindow=0", "*PermitsPerWindow*")]
    public void A_wrong_setting_is_refused_with_its_name(params string[] settingsThenMessage)
    {
        var act = () => Options(settingsThenMessage[..^1]);

        act.Should().Throw<OptionsValidationException>().WithMessage(settingsThenMessage[^1]);
    }

    [Fact]
    public void The_defaults_are_valid_and_keep_the_response_cache_on()
    {
        var options = Options();

        options.ResponseCache.Enabled.Should().BeTrue();
        options.ResponseCache.MaxEntryBytes.Should().BeLessThanOrEqualTo(options.ResponseCache.MaxBytes);
    }

    private static ApiOptions Options(params string[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => s.Split('=', 2)).ToDictionary(p => p[0], p => (string?)p[1]))
            .Build();
        using var provider = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddApiOptions().BuildServiceProvider();
        return provider.GetRequiredService<IOptions<ApiOptions>>().Value;
    }
}
