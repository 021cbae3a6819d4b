using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Seedance.Emulator.Engine;

namespace Seedance.Emulator.Hosting;

/// <summary>
/// The routes every provider's listener has besides its API: the signed video URLs and the admin
/// endpoints under <c>/_emulator/</c> (a prefix no provider uses).
/// </summary>
internal static class EmulatorEndpoints
{
    // One fixed validator for the one video: a resumed download may send it back in If-Range.
    private static readonly EntityTagHeaderValue VideoTag = new("\"seedance-emulator-sample-v1\"");
    private static readonly DateTimeOffset VideoModified = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Map(IEndpointRouteBuilder routes, EmulatorState state, string provider)
    {
        // GET only, like a signed CDN URL: any other method (HEAD included) is 405.
        routes.Map(VideoLinks.PathPrefix + "{provider}/{job}/{file}", (Delegate)((HttpContext context, string job) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method))
            {
                context.Response.Headers.Allow = "GET";
                return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);
            }
            return state.Links.Check(context.Request) switch
            {
                LinkCheck.Valid when state.Find(provider, job) is not null =>
                    Results.File(SampleVideo.Bytes, "video/mp4", fileDownloadName: null, lastModified: VideoModified, entityTag: VideoTag, enableRangeProcessing: true),
                LinkCheck.Expired => AccessDenied("Request has expired"),
                _ => AccessDenied("Signature does not match"),
            };
        }));

        routes.MapPost("/_emulator/outcomes", (Delegate)(async (HttpContext context) =>
        {
            var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false) as JsonObject;
            if (body?["outcome"]?.GetValue<string>() is not { } name || !Enum.TryParse<EmulatedOutcome>(name, ignoreCase: true, out var outcome))
            {
                return Results.BadRequest(new { error = $"'outcome' must be one of: {string.Join(", ", Enum.GetNames<EmulatedOutcome>())}" });
            }
            var count = body["count"]?.GetValue<int>() ?? 1;
            for (var i = 0; i < count; i++) state.Enqueue(provider, outcome);
            return Results.Ok(new { provider, outcome = outcome.ToString(), count });
        }));

        routes.MapGet("/_emulator/jobs", (Delegate)(() =>
            Results.Json(state.JobsOf(provider).Select(j => j.Snapshot(state.Now)), SnapshotJson)));
    }

    private static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web);

    // The shape of an object-storage signed-URL refusal (the providers' CDNs are object storage behind signed URLs).
    private static IResult AccessDenied(string message) =>
        Results.Content($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code><Message>{message}</Message></Error>",
            "application/xml", System.Text.Encoding.UTF8, StatusCodes.Status403Forbidden);
}
