using System.Text.Json;

namespace Seedance.Contracts.Errors;

/// <summary>
/// Reads code, message and request id from an error body when no generated error model did (an
/// undocumented status, a body that did not match the spec). Knows the shapes the four providers use:
/// <c>{"error":{"code","message"},"trace_id"}</c>, <c>{"code","message","data"}</c>, <c>{"error":"text"}</c>.
/// </summary>
internal static class ErrorBody
{
    public readonly record struct Fields(string? Code, string? Message, string? RequestId);

    public static Fields Read(ReadOnlyMemory<byte> body)
    {
        if (body.IsEmpty) return default;
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 64 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return default;
            string? code = null, message = null;
            if (root.TryGetProperty("error", out var error))
            {
                if (error.ValueKind == JsonValueKind.Object)
                {
                    code = Text(error, "code"); // not "type": CometAPI puts a constant "comet_api_error" there
                    message = Text(error, "message") ?? Text(error, "msg");
                }
                else if (error.ValueKind == JsonValueKind.String)
                {
                    message = NonEmpty(error.GetString());
                }
            }
            code ??= Text(root, "code") ?? Text(root, "error_code");
            message ??= Text(root, "message") ?? Text(root, "msg") ?? Text(root, "detail");
            var requestId = Text(root, "trace_id") ?? Text(root, "request_id")
                ?? (error.ValueKind == JsonValueKind.Object ? Text(error, "request_id") ?? Text(error, "trace_id") : null);
            return new Fields(code, message, requestId);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // HTML page, truncated JSON: the status still decides the exception type. InvalidOperationException:
            // JsonDocument transcodes strings lazily, so invalid UTF-8 or a lone surrogate escape ("\ud800")
            // in a string only fails when GetString reads it.
            return default;
        }
    }

    private static string? Text(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => NonEmpty(value.GetString()),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    public static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
