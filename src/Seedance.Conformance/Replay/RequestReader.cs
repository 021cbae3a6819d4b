using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Seedance.Conformance.Replay;

/// <summary>Turns a Kestrel request into a <see cref="RecordedRequest"/> (whole body read, multipart parsed).</summary>
internal static class RequestReader
{
    public static async Task<RecordedRequest> ReadAsync(HttpContext context, CancellationToken ct)
    {
        var request = context.Request;
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct).ConfigureAwait(false);
        var body = buffer.ToArray();

        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in request.Headers)
        {
            headers[name] = values.Select(v => v ?? "").ToArray();
        }

        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(target) || target[0] != '/') target = request.Path.ToUriComponent() + request.QueryString.ToUriComponent();

        var parts = await ReadPartsAsync(request.ContentType, body, ct).ConfigureAwait(false);
        var absolute = $"{request.Scheme}://{request.Host.ToUriComponent()}{target}";
        return new RecordedRequest(request.Method, target, headers, body, body.LongLength, parts,
            context.Connection.RemoteIpAddress is { } ip ? (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).ToString() : null, absolute);
    }

    internal static async Task<IReadOnlyList<MultipartPart>> ReadPartsAsync(string? contentType, byte[] body, CancellationToken ct)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var mediaType) ||
            !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }
        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary)) return [];

        var parts = new List<MultipartPart>();
        try
        {
            var reader = new MultipartReader(boundary, new MemoryStream(body, writable: false))
            {
                BodyLengthLimit = null,
                HeadersLengthLimit = 64 * 1024,
            };
            while (await reader.ReadNextSectionAsync(ct).ConfigureAwait(false) is { } section)
            {
                using var partBody = new MemoryStream();
                await section.Body.CopyToAsync(partBody, ct).ConfigureAwait(false);
                var partHeaders = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
                foreach (var (name, values) in section.Headers ?? [])
                {
                    partHeaders[name] = values.Select(v => v ?? "").ToArray();
                }
                string? partName = null, fileName = null;
                if (section.ContentDisposition is { } cdText && ContentDispositionHeaderValue.TryParse(cdText, out var cd))
                {
                    partName = HeaderUtilities.RemoveQuotes(cd.Name).Value;
                    fileName = cd.FileNameStar.HasValue ? cd.FileNameStar.Value : cd.FileName.HasValue ? HeaderUtilities.RemoveQuotes(cd.FileName).Value : null;
                }
                var bytes = partBody.ToArray();
                parts.Add(new MultipartPart(partHeaders, partName, fileName, section.ContentType, bytes, bytes.LongLength));
            }
        }
        catch (IOException)
        {
            // Malformed multipart body: keep whatever parts were read; matching reports the rest.
        }
        catch (InvalidDataException)
        {
        }
        return parts;
    }

    internal static string Describe(RecordedRequest request, int maxBody = 2000)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(request.Method).Append(' ').Append(request.Url).Append('\n');
        foreach (var (name, values) in request.Headers)
        {
            foreach (var v in values) sb.Append(name).Append(": ").Append(v).Append('\n');
        }
        if (request.Parts.Count > 0)
        {
            sb.Append('\n');
            foreach (var part in request.Parts)
            {
                sb.Append("[part] name=").Append(part.Name);
                if (part.FileName is not null) sb.Append(" filename=").Append(part.FileName);
                if (part.ContentType is not null) sb.Append(" content-type=").Append(part.ContentType);
                sb.Append(" size=").Append(part.Size).Append('\n');
            }
        }
        else if (request.Body.Length > 0)
        {
            var text = request.BodyAsString;
            sb.Append('\n').Append(text.Length > maxBody ? text[..maxBody] + $"... ({request.BodySize} bytes)" : text).Append('\n');
        }
        return sb.ToString();
    }
}
