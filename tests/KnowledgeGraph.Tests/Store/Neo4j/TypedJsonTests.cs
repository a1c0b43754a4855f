using System.Text.Json;
using KnowledgeGraph.Store.Neo4j.Http;

namespace KnowledgeGraph.Tests.Store.Neo4j;

public sealed class TypedJsonTests
{
    [Theory]
    [InlineData("9007199254740993")]
    [InlineData("-9223372036854775808")]
    [InlineData("9223372036854775807")]
    public void Integers_beyond_2_to_the_53_read_exactly(string digits)
    {
        Read($$"""{"$type":"Integer","_value":"{{digits}}"}""").Should().Be(long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Floats_dates_instants_and_nulls_read_as_their_dotnet_types()
    {
        Read("""{"$type":"Float","_value":"0.95"}""").Should().Be(0.95);
        Read("""{"$type":"Float","_value":"NaN"}""").Should().Be(double.NaN);
        Read("""{"$type":"Date","_value":"2025-03-01"}""").Should().Be(new DateOnly(2025, 3, 1));
        Read("""{"$type":"OffsetDateTime","_value":"2025-03-01T08:30:00.1234567+08:00"}""")
            .Should().Be(new DateTimeOffset(2025, 3, 1, 0, 30, 0, TimeSpan.Zero).AddTicks(1234567));
        Read("""{"$type":"ZonedDateTime","_value":"2025-03-01T08:00:00+08:00[Asia/Shanghai]"}""")
            .Should().Be(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero));
        Read("""{"$type":"LocalDateTime","_value":"2025-03-01T08:00:00"}""").Should().Be(new DateTime(2025, 3, 1, 8, 0, 0));
        Read("""{"$type":"Null","_value":null}""").Should().BeNull();
        Read("""{"$type":"Boolean","_value":true}""").Should().Be(true);
        Read("""{"$type":"String","_value":"广州市科协"}""").Should().Be("广州市科协");
    }

    [Fact]
    public void Lists_and_maps_nest_and_keep_their_element_types()
    {
        var value = Read("""
            {"$type":"List","_value":[
              {"$type":"Integer","_value":"9007199254740993"},
              {"$type":"Null","_value":null},
              {"$type":"Map","_value":{"when":{"$type":"Date","_value":"2026-02-01"},"names":{"$type":"List","_value":[{"$type":"String","_value":"甲"}]}}}
            ]}
            """);

        var list = value.Should().BeAssignableTo<IReadOnlyList<object?>>().Subject;
        list[0].Should().Be(9007199254740993L);
        list[1].Should().BeNull();
        var map = list[2].Should().BeAssignableTo<IReadOnlyDictionary<string, object?>>().Subject;
        map["when"].Should().Be(new DateOnly(2026, 2, 1));
        map["names"].Should().BeEquivalentTo(new[] { "甲" });
    }

    [Fact]
    public void Types_the_store_does_not_map_are_kept_raw_and_untyped_json_is_refused()
    {
        Read("""{"$type":"Duration","_value":"P14DT16H12M"}""").Should().Be(new UnreadValue("Duration", "P14DT16H12M"));

        var act = () => Read("42");

        act.Should().Throw<Neo4jProtocolException>().WithMessage("*typed value*");
    }

    private static object? Read(string json) => TypedJson.Read(JsonDocument.Parse(json).RootElement);
}
