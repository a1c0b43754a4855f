using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.GraphApi.Security;

/// <summary>A named key: the name shows in logs, the key never does.</summary>
public sealed class ApiKey
{
    [Required]
    public string Name { get; set; } = "";

    [Required]
    [MinLength(16, ErrorMessage = "An API key must be at least 16 characters long.")]
    public string Key { get; set; } = "";
}
