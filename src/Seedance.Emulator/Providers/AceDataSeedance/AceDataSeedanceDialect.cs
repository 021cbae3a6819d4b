using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Seedance.Contracts.Catalog;
using Seedance.Emulator.Engine;

namespace Seedance.Emulator.Providers.AceDataSeedance;

/// <summary>
/// AceData Cloud's Seedance service (specs/acedata-seedance.yaml): <c>POST /seedance/videos</c> creates (blocking
/// until the job ends, or answering at once with a <c>task_id</c> when <c>async</c> or <c>callback_url</c> is
/// set) and <c>POST /seedance/tasks</c> reads stored task records (<c>retrieve</c>, <c>retrieve_batch</c>).
/// AceData documents no cancel call and no progress. A <c>callback_url</c> gets the videos reply once, when
/// the job ends (the spec: "the callback later receives the same body as a synchronous reply").
/// </summary>
internal sealed class AceDataSeedanceDialect : ProviderDialect
{
    public AceDataSeedanceDialect(EmulatorState state, CallbackSender callbacks) : base(state, callbacks)
    {
    }

    public override string Provider => ProviderId.AceDataSeedance;

    public override void MapRoutes(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/seedance/videos", (Delegate)CreateAsync);
        routes.MapPost("/seedance/tasks", (Delegate)QueryAsync);
    }

    /// <summary>The final result only: the videos reply, as the blocking call would have answered.</summary>
    public override JsonNode? CallbackBody(EmulatedJob job, JobPhase phase) =>
        phase.IsTerminal() ? AceDataBodies.VideoResult(job, phase, VideoUrl(job, phase)) : null;

    private async Task<IResult> CreateAsync(HttpContext context)
    {
        if (Refusal(context.Request) is { } refused) return refused;
        if (await ReadObjectAsync(context) is not { } body) return BadRequest("The request body is not a JSON object.");

        var create = AceDataCreateRequest.Read(body);
        if (create.Problems.Count > 0) return BadRequest(string.Join("; ", create.Problems));

        var values = new Dictionary<string, string>
        {
            ["trace"] = EmulatorState.NewId(AceDataBodies.UuidFormat),
            ["record"] = EmulatorState.NewId(AceDataBodies.RecordIdFormat),
            // The upstream Ark id inside data, in the form of the examples (cgt-20251222073134-54qcw).
            ["upstream"] = "cgt-" + State.Now.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + EmulatorState.NewId("-aaaaa"),
        };
        var job = State.Submit(Provider, EmulatorState.NewId(AceDataBodies.UuidFormat), create.Model, create.Prompt, create.CallbackUrl, body, values);
        if (create.CallbackUrl is not null) Callbacks.Schedule(job, this);
        if (create.AnswersAtOnce) return Json(StatusCodes.Status200OK, AceDataBodies.Accepted(job));

        // Blocking mode: the call returns when the job ends, on the emulator's clock (a fake clock decides when).
        // Stopping the emulator ends the wait too, or shutting down would wait for a clock that may never move.
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var wait = job.CompletedAt - State.Now;
        if (wait > TimeSpan.Zero) await Task.Delay(wait, State.Clock, ended.Token).ConfigureAwait(false);
        // The blocking reply is how this client learns the end: counted as a status read, so any read after it
        // shows up in PollsAfterTerminal.
        var phase = job.RecordPoll(State.Now);
        return Json(StatusCodes.Status200OK, AceDataBodies.VideoResult(job, phase, VideoUrl(job, phase)));
    }

    private async Task<IResult> QueryAsync(HttpContext context)
    {
        if (Refusal(context.Request) is { } refused) return refused;
        if (await ReadObjectAsync(context) is not { } body) return BadRequest("The request body is not a JSON object.");

        var action = body["action"] is JsonValue a && a.GetValueKind() == JsonValueKind.String ? a.GetValue<string>() : body["action"] is null ? "retrieve" : null;
        switch (action)
        {
            case "retrieve":
                if (body["id"] is not JsonValue idValue || idValue.GetValueKind() != JsonValueKind.String) return BadRequest("id is required for action retrieve.");
                // 404 not_found: the code and message AceData's APIs tasks guide lists for an unknown task id (the
                // body's layout is the spec's inferred not-found example). The API reference's empty 200 object is
                // not used: when AceData sends it is not documented.
                if (State.Find(Provider, idValue.GetValue<string>()) is not { } job)
                    return Json(StatusCodes.Status404NotFound, NotFound());
                return Json(StatusCodes.Status200OK, RecordOf(job));
            case "retrieve_batch":
                if (body["ids"] is not JsonArray ids) return BadRequest("ids is required for action retrieve_batch.");
                // Unknown ids are left out, as the API reference's example with no matches ({"items": [], "count": 0}).
                var items = new JsonArray();
                foreach (var id in ids.Select(i => i is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null).Distinct(StringComparer.Ordinal))
                    if (State.Find(Provider, id) is { } found) items.Add(RecordOf(found));
                return Json(StatusCodes.Status200OK, new JsonObject { ["items"] = items, ["count"] = items.Count });
            default:
                return BadRequest("action must be one of retrieve, retrieve_batch.");
        }
    }

    private JsonObject RecordOf(EmulatedJob job)
    {
        var phase = job.RecordPoll(State.Now);
        return AceDataBodies.Record(job, phase, VideoUrl(job, phase));
    }

    private Uri? VideoUrl(EmulatedJob job, JobPhase phase) =>
        phase == JobPhase.Succeeded ? State.Links.Create(BaseUrl, Provider, job.Id) : null;

    /// <summary>
    /// The token check, before the body is read. AceData documents two answers: no token at all is 400
    /// <c>no_token</c> (the videos 400 example <c>no-token</c>), a wrong one 401 <c>invalid_token</c>
    /// (example <c>invalid-token</c>).
    /// </summary>
    private IResult? Refusal(HttpRequest request)
    {
        if (IsAuthorized(request)) return null;
        return string.IsNullOrWhiteSpace(request.Headers.Authorization.ToString())
            ? Json(StatusCodes.Status400BadRequest, AceDataBodies.Error("no_token", "No token specified for the request."))
            : Json(StatusCodes.Status401Unauthorized, AceDataBodies.Error("invalid_token", "The specified token is invalid or wrong."));
    }

    // Example bad-request ("model is invalid."): code bad_request, with the validator's problems as the message.
    private static IResult BadRequest(string message) => Json(StatusCodes.Status400BadRequest, AceDataBodies.Error("bad_request", message));

    private static JsonObject NotFound() => AceDataBodies.Error("not_found", "The specified task ID was not found", success: false);

    private static async Task<JsonObject?> ReadObjectAsync(HttpContext context)
    {
        try
        {
            return await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
