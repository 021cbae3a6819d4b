using System.Net.Http.Headers;
using System.Text;
using Seedance.Conformance.Replay;

namespace Seedance.Conformance.Tests;

internal static class TestSupport
{
    public static async Task<ReplayHost> StartWithAsync(params string[] mappingJson)
    {
        var host = await ReplayHost.StartAsync();
        foreach (var json in mappingJson) host.AddMappingsFromJson(json);
        return host;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<(int Status, string Body)> SendAsync(HttpClient client, HttpMethod method, string url, HttpContent? content = null, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static MultipartFormDataContent Multipart(params (string Name, string Value, string? FileName, string? ContentType)[] parts)
    {
        var content = new MultipartFormDataContent("test-boundary-123");
        foreach (var (name, value, fileName, contentType) in parts)
        {
            var part = new ByteArrayContent(Encoding.UTF8.GetBytes(value));
            if (contentType is not null) part.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            // MultipartFormDataContent.Add writes name=model unquoted; browsers and most SDKs (Kiota
            // included) quote, which is what the mappings' Content-Disposition patterns expect.
            part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data")
            {
                Name = $"\"{name}\"",
                FileName = fileName is null ? null : $"\"{fileName}\"",
            };
            content.Add(part);
        }
        return content;
    }

    public static Exception? Innermost(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e;
    }

    public static string TempRoot()
    {
        var dir = Path.Combine(Path.GetTempPath(), "replay-host-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
