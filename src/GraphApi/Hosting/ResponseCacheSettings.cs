using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.GraphApi.Hosting;

/// <summary>
/// The <c>Api:ResponseCache</c> section: answers to queries kept in memory and reused until the store changes
/// (<see cref="Http.GraphQLResponseCache"/>). At most <see cref="MaxEntries"/> × <see cref="MaxEntryBytes"/> of memory.
/// </summary>
public sealed class ResponseCacheSettings
{
    public bool Enabled { get; set; } = true;

    [Range(1, 100_000)]
    public int MaxEntries { get; set; } = 512;

    /// <summary>Larger answers are sent but not kept: a dashboard's widgets are small, a bulk export is not polled.</summary>
    [Range(256, 16 * 1024 * 1024)]
    public int MaxEntryBytes { get; set; } = 64 * 1024;
}
