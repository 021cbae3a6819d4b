using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Seedance.Conformance.Replay;

namespace Seedance.Conformance.Tests;

/// <summary>
/// "Both engines read the same files": every recordings mapping goes through the translator into
/// WireMock.Net and answers a request built from its own pattern with its recorded status and body.
/// (Real WireMock reads the same files in the CI cross-check.)
/// </summary>
public class RecordingsSelfMatchTests
{
    private static string Recordings => ConformanceSupport.Paths.RecordingsDirectory;

    [Fact]
    public async Task Every_recordings_file_loads_through_the_translator()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Recordings, "mappings"), "*.json", SearchOption.AllDirectories).Count();
        await using var host = await ReplayHost.StartAsync(new ReplayHostOptions { RootDirectory = Recordings });
        Assert.Equal(MappingLoader.LoadDirectory(Recordings).Count, host.Mappings.Count);
        Assert.True(files >= 91 && host.Mappings.Count > files, $"{files} files, {host.Mappings.Count} mappings");
        Assert.Equal(host.Mappings.Count, host.Server.Mappings.Count(m => !m.IsAdminInterface));
    }

    [Fact]
    public async Task Each_mapping_alone_answers_a_request_built_from_its_own_pattern()
    {
        var files = Path.Combine(Recordings, "__files");
        await using var host = await ReplayHost.StartAsync(new ReplayHostOptions { FilesDirectory = files, EnableAdminApi = false });
        using var client = host.CreateClient();
        var mappings = MappingLoader.LoadDirectory(Recordings);
        var failures = new List<string>();
        foreach (var mapping in mappings)
        {
            host.RemoveAllMappings();
            host.ResetScenarios();
            host.Journal.Clear();
            host.AddMapping(mapping);
            if (mapping is { ScenarioName: { } scenario, RequiredScenarioState: { } state } && state != "Started") host.SetScenarioState(scenario, state);

            using var request = RequestFor(mapping.Request);
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            var expected = await File.ReadAllBytesAsync(Path.Combine(files, mapping.Response!.BodyFileName!));
            var served = host.Journal.Requests.SingleOrDefault();
            if ((int)response.StatusCode != mapping.Response.Status || !body.AsSpan().SequenceEqual(expected) || served?.MappingName != mapping.Name)
            {
                failures.Add($"{mapping.Name}: {(int)response.StatusCode}, {body.Length} bytes, {served?.UnmatchedReport}");
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {mappings.Count} mappings did not self-match:\n{string.Join("\n", failures)}");
        Assert.NotEmpty(mappings);
    }

    private static HttpRequestMessage RequestFor(RequestPattern pattern)
    {
        var request = new HttpRequestMessage(new HttpMethod(pattern.Method!), pattern.UrlPath);
        foreach (var (name, value) in pattern.Headers ?? [])
        {
            if (value.Absent == true) continue;
            var text = value.EqualTo ?? SampleFor(value.Matches ?? throw new NotSupportedException($"header pattern {value}"));
            request.Headers.TryAddWithoutValidation(name, text);
        }

        if (pattern.MultipartPatterns is { Count: > 0 } parts)
        {
            var form = new MultipartFormDataContent("self-match-boundary");
            foreach (var part in parts)
            {
                var name = Regex.Match(part.Headers!["Content-Disposition"].Contains!, "name=\"([^\"]+)\"").Groups[1].Value;
                var content = new StringContent(part.BodyPatterns!.Single().EqualTo!);
                content.Headers.ContentType = null;
                // Quoted, as Kiota and curl send it (MultipartFormDataContent.Add would not quote).
                content.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = $"\"{name}\"" };
                form.Add(content);
            }
            request.Content = form;
            return request;
        }

        JsonObject? json = null;
        foreach (var body in pattern.BodyPatterns ?? [])
        {
            if (body.EqualToJson is { } equal)
            {
                json = (equal is JsonValue v && v.TryGetValue<string>(out var text) ? JsonNode.Parse(text) : equal.DeepClone())!.AsObject();
            }
        }
        foreach (var body in pattern.BodyPatterns ?? [])
        {
            if (body.MatchesJsonPath is JsonObject path)
            {
                json ??= [];
                json[((string)path["expression"]!)[2..]] = (string)path["equalTo"]!;
            }
        }
        if (pattern.Method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent(json?.ToJsonString() ?? "{}", Encoding.UTF8, "application/json");
        }
        return request;
    }

    // The recordings' header regexes are of the form "Bearer .+".
    private static string SampleFor(string regex) => regex.Replace(".+", "k", StringComparison.Ordinal).Replace(".*", "", StringComparison.Ordinal);
}
