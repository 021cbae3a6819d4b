using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Seedance.Conformance.Replay;

/// <summary>WireMock's admin API subset under <c>/__admin</c> (see docs/replay-host.md for the list).</summary>
internal sealed class AdminApi(ReplayHost host)
{
    public async Task HandleAsync(HttpContext context, CancellationToken ct)
    {
        var method = context.Request.Method;
        var path = context.Request.Path.Value!["/__admin".Length..].TrimEnd('/');
        try
        {
            switch (method, path)
            {
                case ("GET", "/mappings"):
                    await Json(context, 200, MappingsDocument(host.Mappings), ct).ConfigureAwait(false);
                    return;
                case ("POST", "/mappings"):
                {
                    var mapping = MappingLoader.ParseSingle(await ReadBodyAsync(context, ct).ConfigureAwait(false), "POST /__admin/mappings");
                    host.AddMapping(mapping);
                    await Json(context, 201, ToNode(mapping), ct).ConfigureAwait(false);
                    return;
                }
                case ("POST", "/mappings/import"):
                    host.AddMappingsFromJson(await ReadBodyAsync(context, ct).ConfigureAwait(false));
                    context.Response.StatusCode = 200;
                    return;
                case ("DELETE", "/mappings"):
                    if (host.HasMultiMappingDefaults)
                    {
                        // What WireMock 3 does (NotWritableException); with single-mapping files WireMock
                        // would instead delete the files from disk, which this host never does.
                        await Error(context, 500, "Some stubs were loaded from multi-mapping files which are read-only, so remove all cannot be performed", ct).ConfigureAwait(false);
                        return;
                    }
                    host.RemoveAllMappings();
                    context.Response.StatusCode = 200;
                    return;
                case ("POST", "/mappings/reset"):
                    host.ResetMappings();
                    context.Response.StatusCode = 200;
                    return;
                case ("POST", "/reset"):
                    host.Reset();
                    context.Response.StatusCode = 200;
                    return;
                case ("GET", "/requests"):
                {
                    var entries = host.Journal.Requests.Reverse().ToList(); // WireMock: newest first
                    var doc = new JsonObject
                    {
                        ["requests"] = new JsonArray(entries.Select(ServeEvent).ToArray<JsonNode?>()),
                        ["meta"] = new JsonObject { ["total"] = entries.Count },
                        ["requestJournalDisabled"] = false,
                    };
                    await Json(context, 200, doc, ct).ConfigureAwait(false);
                    return;
                }
                case ("DELETE", "/requests"):
                case ("POST", "/requests/reset"):
                    host.Journal.Clear();
                    context.Response.StatusCode = 200;
                    return;
                case ("POST", "/requests/count"):
                {
                    var pattern = ParsePattern(await ReadBodyAsync(context, ct).ConfigureAwait(false));
                    await Json(context, 200, new JsonObject { ["count"] = host.Journal.Count(pattern), ["requestJournalDisabled"] = false }, ct).ConfigureAwait(false);
                    return;
                }
                case ("POST", "/requests/find"):
                {
                    var pattern = ParsePattern(await ReadBodyAsync(context, ct).ConfigureAwait(false));
                    var found = host.Journal.Find(pattern);
                    await Json(context, 200, new JsonObject { ["requests"] = new JsonArray(found.Select(e => LoggedRequest(e)).ToArray<JsonNode?>()), ["requestJournalDisabled"] = false }, ct).ConfigureAwait(false);
                    return;
                }
                case ("GET", "/requests/unmatched"):
                    await Json(context, 200, new JsonObject { ["requests"] = new JsonArray(host.Journal.Unmatched.Select(e => LoggedRequest(e)).ToArray<JsonNode?>()), ["requestJournalDisabled"] = false }, ct).ConfigureAwait(false);
                    return;
                case ("GET", "/scenarios"):
                    await Json(context, 200, ScenariosDocument(host.GetScenarios()), ct).ConfigureAwait(false);
                    return;
                case ("POST", "/scenarios/reset"):
                    host.ResetScenarios();
                    context.Response.StatusCode = 200;
                    return;
                case ("GET", "/health"):
                    await Json(context, 200, new JsonObject { ["status"] = "healthy", ["message"] = "Seedance replay host" }, ct).ConfigureAwait(false);
                    return;
            }

            if (path.StartsWith("/mappings/", StringComparison.Ordinal))
            {
                var id = Uri.UnescapeDataString(path["/mappings/".Length..]);
                switch (method)
                {
                    case "GET" when host.TryGetMapping(id, out var mapping):
                        await Json(context, 200, ToNode(mapping!), ct).ConfigureAwait(false);
                        return;
                    case "DELETE" when host.RemoveMapping(id):
                        context.Response.StatusCode = 200;
                        return;
                    case "GET" or "DELETE":
                        await Error(context, 404, $"No stub mapping with id {id}", ct).ConfigureAwait(false);
                        return;
                }
            }

            if (method == "PUT" && path.StartsWith("/scenarios/", StringComparison.Ordinal) && path.EndsWith("/state", StringComparison.Ordinal))
            {
                var name = Uri.UnescapeDataString(path["/scenarios/".Length..^"/state".Length]);
                var body = await ReadBodyAsync(context, ct).ConfigureAwait(false);
                var state = body.Length == 0 ? ScenarioStore.Started : JsonNode.Parse(body)?["state"]?.GetValue<string>() ?? ScenarioStore.Started;
                try
                {
                    host.SetScenarioState(name, state);
                }
                catch (KeyNotFoundException e)
                {
                    await Error(context, 404, e.Message, ct).ConfigureAwait(false);
                    return;
                }
                context.Response.StatusCode = 200;
                return;
            }

            await Error(context, 404, $"{method} /__admin{path} is not supported by the replay host", ct).ConfigureAwait(false);
        }
        catch (ReplayMappingException e)
        {
            await Error(context, 422, e.Message, ct).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            await Error(context, 422, e.Message, ct).ConfigureAwait(false);
        }
    }

    internal static JsonObject MappingsDocument(IReadOnlyList<StubMapping> mappings) => new()
    {
        ["mappings"] = new JsonArray(mappings.Select(ToNode).ToArray<JsonNode?>()),
        ["meta"] = new JsonObject { ["total"] = mappings.Count },
    };

    internal static JsonObject ScenariosDocument(IReadOnlyList<ScenarioInfo> scenarios) => new()
    {
        ["scenarios"] = new JsonArray(scenarios.Select(s => (JsonNode?)new JsonObject
        {
            ["id"] = s.Name,
            ["name"] = s.Name,
            ["state"] = s.State,
            ["possibleStates"] = new JsonArray(s.PossibleStates.Select(p => (JsonNode?)p).ToArray()),
        }).ToArray()),
    };

    private static JsonNode ToNode(StubMapping m) => JsonSerializer.SerializeToNode(m, ReplayJson.Options)!;

    private static RequestPattern ParsePattern(string json) =>
        JsonSerializer.Deserialize<RequestPattern>(json.Length == 0 ? "{}" : json, ReplayJson.Options) ?? new RequestPattern();

    private static JsonObject ServeEvent(JournalEntry e)
    {
        var o = new JsonObject
        {
            ["id"] = e.Id.ToString(),
            ["request"] = LoggedRequest(e),
            ["wasMatched"] = e.WasMatched,
        };
        if (e.Mapping is { } m)
        {
            o["stubMapping"] = ToNode(m);
            if (m.Response is { } r) o["responseDefinition"] = JsonSerializer.SerializeToNode(r, ReplayJson.Options);
        }
        return o;
    }

    internal static JsonObject LoggedRequest(JournalEntry e)
    {
        var r = e.Request;
        var headers = new JsonObject();
        foreach (var (name, values) in r.Headers)
        {
            headers[name] = values.Count == 1 ? values[0] : new JsonArray(values.Select(v => (JsonNode?)v).ToArray());
        }
        var query = new JsonObject();
        foreach (var (name, values) in r.QueryParameters)
        {
            query[name] = new JsonObject { ["key"] = name, ["values"] = new JsonArray(values.Select(v => (JsonNode?)v).ToArray()) };
        }
        var o = new JsonObject
        {
            ["url"] = r.Url,
            ["absoluteUrl"] = r.AbsoluteUrl,
            ["method"] = r.Method,
            ["clientIp"] = r.ClientIp,
            ["headers"] = headers,
            ["cookies"] = new JsonObject(),
            ["browserProxyRequest"] = false,
            ["loggedDate"] = e.Timestamp.ToUnixTimeMilliseconds(),
            ["bodyAsBase64"] = Convert.ToBase64String(r.Body),
            ["body"] = r.BodyAsString,
            ["queryParams"] = query,
            ["loggedDateString"] = e.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        };
        if (r.Parts.Count > 0)
        {
            // Not in WireMock's LoggedRequest; an addition of this host (ignored by WireMock clients).
            o["multiparts"] = new JsonArray(r.Parts.Select(p => (JsonNode?)new JsonObject
            {
                ["name"] = p.Name,
                ["fileName"] = p.FileName,
                ["contentType"] = p.ContentType,
                ["size"] = p.Size,
                ["bodyAsBase64"] = Convert.ToBase64String(p.Body),
            }).ToArray());
        }
        return o;
    }

    private static async Task<string> ReadBodyAsync(HttpContext context, CancellationToken ct)
    {
        using var reader = new StreamReader(context.Request.Body);
        return await reader.ReadToEndAsync(ct).ConfigureAwait(false);
    }

    private static Task Json(HttpContext context, int status, JsonNode node, CancellationToken ct) =>
        ResponseWriter.WriteJsonAsync(context, status, node, ct);

    private static Task Error(HttpContext context, int status, string message, CancellationToken ct) =>
        Json(context, status, new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["code"] = status, ["title"] = message }) }, ct);
}
