using System.Text.Json;
using System.Text.Json.Serialization;

namespace Seedance.Conformance.Coverage;

/// <summary>One entry of <c>Recordings/coverage-skips.json</c>: an operation, or one documented status of it, deliberately left without a scenario.</summary>
internal sealed class CoverageSkip
{
    /// <summary>The provider id.</summary>
    [JsonPropertyName("provider")]
    public string Provider { get; set; } = "";

    /// <summary>The operationId.</summary>
    [JsonPropertyName("operation")]
    public string Operation { get; set; } = "";

    /// <summary>The documented status (<c>500</c>, <c>4XX</c>); null skips the whole operation.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>Why (required).</summary>
    [JsonPropertyName("reason")]
    public string Reason { get; set; } = "";

    /// <summary>Reads the skip list; a missing file is an empty list, an entry without a reason is an error.</summary>
    public static IReadOnlyList<CoverageSkip> Load(string path)
    {
        if (!File.Exists(path)) return [];
        var skips = JsonSerializer.Deserialize<List<CoverageSkip>>(File.ReadAllText(path)) ?? [];
        foreach (var skip in skips.Where(s => string.IsNullOrWhiteSpace(s.Reason)))
        {
            throw new InvalidDataException($"{path}: the skip of {skip.Provider}/{skip.Operation} {skip.Status} has no reason");
        }
        return skips;
    }
}
