using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Seedance.Conformance.Replay;

/// <summary>Writes a <see cref="ResponseDefinition"/> to a Kestrel response.</summary>
internal static class ResponseWriter
{
    public static async Task WriteAsync(HttpContext context, StubMapping mapping, ResponseDefinition response, string? filesRoot, CancellationToken ct)
    {
        if (response.FixedDelayMilliseconds is > 0 and var delay)
        {
            await Task.Delay(delay, ct).ConfigureAwait(false);
        }

        if (response.Fault is { } fault)
        {
            await Faults.FromName(fault)(context, ct).ConfigureAwait(false);
            return;
        }

        var http = context.Response;
        http.StatusCode = response.Status ?? 200;
        if (response.StatusMessage is { } reason && context.Features.Get<IHttpResponseFeature>() is { } feature)
        {
            feature.ReasonPhrase = reason;
        }

        http.Headers["Matched-Stub-Id"] = mapping.Id;
        if (mapping.Name is { } name) http.Headers["Matched-Stub-Name"] = name;

        foreach (var (headerName, value) in response.Headers ?? [])
        {
            // Kestrel owns the framing: Content-Length comes from the actual body, chunking is its call.
            if (headerName.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) ||
                headerName.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            http.Headers[headerName] = value switch
            {
                JsonArray arr => arr.Select(v => ValuePatternMatcher.Stringify(v) ?? "").ToArray(),
                null => "",
                _ => ValuePatternMatcher.Stringify(value) ?? "",
            };
        }

        if (response.BodyFileName is { } bodyFile)
        {
            var path = ResolveBodyFile(filesRoot, bodyFile);
            if (path is null)
            {
                await WriteHostErrorAsync(context, $"bodyFileName '{bodyFile}' not found under '{filesRoot ?? "(no __files directory configured)"}'.", ct).ConfigureAwait(false);
                return;
            }
            http.ContentLength = new FileInfo(path).Length;
            await http.SendFileAsync(path, ct).ConfigureAwait(false);
            return;
        }

        byte[] body;
        if (response.Body is { } text) body = Encoding.UTF8.GetBytes(text);
        else if (response.JsonBody is { } json)
        {
            body = Encoding.UTF8.GetBytes(json.ToJsonString(ReplayJson.Options));
            if (!http.Headers.ContainsKey("Content-Type")) http.ContentType = "application/json";
        }
        else if (response.Base64Body is { } b64) body = Convert.FromBase64String(b64);
        else body = [];

        http.ContentLength = body.Length;
        if (body.Length > 0 && !HttpMethods.IsHead(context.Request.Method))
        {
            await http.Body.WriteAsync(body, ct).ConfigureAwait(false);
        }
    }

    internal static string? ResolveBodyFile(string? filesRoot, string bodyFileName)
    {
        if (filesRoot is null) return null;
        var root = Path.GetFullPath(filesRoot);
        var full = Path.GetFullPath(Path.Combine(root, bodyFileName));
        if (!full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
        return File.Exists(full) ? full : null;
    }

    internal static Task WriteHostErrorAsync(HttpContext context, string message, CancellationToken ct)
    {
        context.Response.Clear();
        context.Response.StatusCode = 500;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("Replay host error: " + message + "\n", ct);
    }

    internal static Task WriteJsonAsync(HttpContext context, int status, object value, CancellationToken ct)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        var bytes = value switch
        {
            JsonNode node => Encoding.UTF8.GetBytes(node.ToJsonString(ReplayJson.Options)),
            _ => JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), ReplayJson.Options),
        };
        context.Response.ContentLength = bytes.Length;
        return context.Response.Body.WriteAsync(bytes, ct).AsTask();
    }
}
