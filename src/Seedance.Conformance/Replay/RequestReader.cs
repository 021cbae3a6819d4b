using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Seedance.Conformance.Replay;

/// <summary>Splits a logged <c>multipart/form-data</c> body into its parts for the journal.</summary>
internal static class RequestReader
{
    internal static IReadOnlyList<MultipartPart> ReadParts(string? contentType, byte[] body)
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
            // In-memory streams complete synchronously, so waiting here blocks nothing.
            while (reader.ReadNextSectionAsync().GetAwaiter().GetResult() is { } section)
            {
                using var partBody = new MemoryStream();
                section.Body.CopyTo(partBody);
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
}
