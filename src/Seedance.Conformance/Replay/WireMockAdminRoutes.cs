using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Seedance.Conformance.Replay;

/// <summary>
/// The four WireMock (Java) admin routes the conformance runner's <c>--target</c> mode calls, answered in
/// WireMock's shape so the replay host can stand in for real WireMock (tests watch a whole run through
/// its journal). WireMock.Net's admin interface has no <c>POST /__admin/reset</c> nor
/// <c>mappings/import</c>, and lists mappings and requests in its own shape. Every other
/// <c>/__admin</c> route is WireMock.Net's.
/// </summary>
internal static class WireMockAdminRoutes
{
    public static async Task<bool> TryHandleAsync(ReplayHost host, HttpContext context)
    {
        var request = context.Request;
        JsonNode? answer = (request.Method, request.Path.Value) switch
        {
            ("POST", "/__admin/reset") => Done(host.Reset),
            ("POST", "/__admin/mappings/import") => await ImportAsync(host, request).ConfigureAwait(false),
            ("GET", "/__admin/mappings") => new JsonObject
            {
                ["mappings"] = new JsonArray(host.Mappings.Select(m => JsonNode.Parse(m.ToJson())).ToArray()),
            },
            ("GET", "/__admin/requests") => new JsonObject
            {
                ["requests"] = new JsonArray(host.Journal.Requests.Reverse().Select(e => (JsonNode)new JsonObject
                {
                    ["request"] = new JsonObject { ["method"] = e.Request.Method, ["url"] = e.Request.Url, ["absoluteUrl"] = e.Request.AbsoluteUrl },
                    ["wasMatched"] = e.WasMatched,
                }).ToArray()),
            },
            _ => null,
        };
        if (answer is null) return false;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.ToJsonString(ReplayJson.Options), context.RequestAborted).ConfigureAwait(false);
        return true;
    }

    private static JsonObject Done(Action action)
    {
        action();
        return [];
    }

    private static async Task<JsonNode> ImportAsync(ReplayHost host, HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
        try
        {
            host.AddMappingsFromJson(json);
        }
        catch (ReplayMappingException e)
        {
            request.HttpContext.Response.StatusCode = 422;
            return new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["title"] = e.Message }) };
        }
        return new JsonObject();
    }
}
