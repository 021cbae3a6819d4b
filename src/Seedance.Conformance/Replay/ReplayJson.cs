using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Seedance.Conformance.Replay;

/// <summary>
/// The JSON settings used for WireMock stub mappings and admin API payloads: exact (case-sensitive)
/// property names as WireMock spells them, nulls omitted, and no HTML escaping (WireMock's Jackson
/// writer does not escape <c>&lt;</c>, <c>&amp;</c> or non-ASCII text either).
/// </summary>
public static class ReplayJson
{
    /// <summary>Compact options used for responses, admin payloads and <c>jsonBody</c> bodies.</summary>
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    /// <summary>Indented options, handy for writing mapping files humans read.</summary>
    public static JsonSerializerOptions IndentedOptions { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = indented,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
