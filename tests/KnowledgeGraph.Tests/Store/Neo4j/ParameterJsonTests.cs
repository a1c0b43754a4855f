using System.Text;
using System.Text.Json;
using KnowledgeGraph.Store.Neo4j.Http;

namespace KnowledgeGraph.Tests.Store.Neo4j;

public sealed class ParameterJsonTests
{
    [Fact]
    public void Doubles_always_travel_as_floats_and_longs_exactly()
    {
        Write(new Dictionary<string, object?>
        {
            ["whole"] = 1.0,
            ["part"] = 0.8,
            ["big"] = 9007199254740993L,
            ["none"] = null,
            ["list"] = new[] { "甲", "乙" },
        }).Should().Be("""{"whole":1.0,"part":0.8,"big":9007199254740993,"none":null,"list":["\u7532","\u4E59"]}""");
    }

    [Fact]
    public void A_value_json_cannot_carry_is_refused()
    {
        var act = () => Write(new Dictionary<string, object?> { ["when"] = DateTime.UtcNow });

        act.Should().Throw<ArgumentException>().WithMessage("*DateTime*");
    }

    private static string Write(object? value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            ParameterJson.Write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
