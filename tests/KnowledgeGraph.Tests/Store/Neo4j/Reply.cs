namespace KnowledgeGraph.Tests.Store.Neo4j;

/// <summary>What the <see cref="QueryApiResponder"/> sends back: the documented success and error shapes, or a dropped connection.</summary>
public sealed record Reply(int Status, IReadOnlyDictionary<string, object?> Body, bool Abort = false)
{
    /// <summary>202 Accepted with typed rows: each row maps field names to values built with <see cref="Typed"/>.</summary>
    public static Reply Rows(IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, params string[] fields)
    {
        var names = fields.Length > 0 ? fields : rows.FirstOrDefault()?.Keys.ToArray() ?? [];
        return new Reply(202, new Dictionary<string, object?>
        {
            ["data"] = new Dictionary<string, object?>
            {
                ["fields"] = names,
                ["values"] = rows.Select(r => names.Select(n => r[n]).ToArray()).ToArray(),
            },
            ["bookmarks"] = new[] { "FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q" },
        });
    }

    public static Reply Error(int status, string code, string message) => new(status, new Dictionary<string, object?>
    {
        ["errors"] = new[] { new Dictionary<string, object?> { ["code"] = code, ["message"] = message } },
    });

    public static Reply Dropped { get; } = new(0, new Dictionary<string, object?>(), Abort: true);
}
