using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.GraphApi.Hosting;

/// <summary>
/// The <c>Api:ResponseCache</c> section: answers to queries kept in memory and reused until the store changes
/// (<see cref="Http.GraphQLResponseCache"/>), in at most <see cref="MaxBytes"/> of memory, keys included.
/// </summary>
public sealed class ResponseCacheSettings
{
    public bool Enabled { get; set; } = true;

    [Range(64 * 1024, int.MaxValue)]
    public int MaxBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>Larger answers are sent but not kept: a dashboard's widgets are small, a bulk export is not polled.</summary>
    [Range(256, int.MaxValue)]
    public int MaxEntryBytes { get; set; } = 64 * 1024;
}
