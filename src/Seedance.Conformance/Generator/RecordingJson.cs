using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Seedance.Conformance.Generator;

/// <summary>How recordings are written: indented, LF line ends, readable characters (<c>&lt;string&gt;</c>, not <c>\u003C</c>).</summary>
internal static class RecordingJson
{
    /// <summary>The writer settings.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The node as file text (with a final newline).</summary>
    public static string ToFileText(JsonNode? node) => (node?.ToJsonString(Options) ?? "null") + "\n";
}
