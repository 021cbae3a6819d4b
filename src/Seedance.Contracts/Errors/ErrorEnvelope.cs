using System.Net;
using System.Text.Json;

namespace Seedance.Contracts.Errors;

/// <summary>
/// Recognizes an error reply sent with a 2xx status: AceData and Seedance2.ink write
/// <c>{"success": false, "error": {"code", "message"}}</c>, and an OpenAI-style wrapper may answer 200 with
/// only <c>{"error": {...}}</c>. Parsed as a success model, such a reply has no job id and would surface as a
/// format error that loses the provider's code and message.
/// </summary>
internal static class ErrorEnvelope
{
    /// <summary>The longest 2xx JSON body inspected. Envelopes are a few hundred bytes; a longer body is a real reply.</summary>
    public const int ProbeBytes = 64 * 1024;

    // A body that has any of these describes a job (the Ark task object and Seedance2.ink's status both carry
    // an "error" object for a failed job, next to its id and status), so its "error" is the job's, not the call's.
    private static readonly string[] JobFields = ["id", "task_id", "requestId", "status", "data"];

    /// <summary>
    /// True when <paramref name="body"/> is a JSON error envelope rather than a reply: an <c>error</c> object, and
    /// either <c>success</c> is <c>false</c> or, without <c>success</c>, nothing that describes a job.
    /// </summary>
    public static bool Matches(byte[] body)
    {
        // Every small 2xx JSON reply comes through here: a reply without the word "error" is not parsed twice.
        if (body.AsSpan().IndexOf("\"error\""u8) < 0) return false;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return false;
            if (!root.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object) return false;
            if (root.TryGetProperty("success", out var success)) return success.ValueKind == JsonValueKind.False;
            return !JobFields.Any(field => root.TryGetProperty(field, out _));
        }
        catch (JsonException)
        {
            return false; // not JSON: the parser's format error says so, with the content type
        }
    }
}

/// <summary>
/// Raised by <see cref="Http.ErrorCaptureHandler"/> for a 2xx reply that is an <see cref="ErrorEnvelope"/>; the
/// body is in the call's capture, and <see cref="ErrorTranslator"/> turns it into the typed provider error.
/// </summary>
internal sealed class ErrorEnvelopeException(HttpStatusCode status)
    : Exception($"The provider answered {(int)status} with an error body.")
{
    public HttpStatusCode Status { get; } = status;
}
