using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Seedance.Contracts.Catalog;
using Seedance.Emulator.Engine;

namespace Seedance.Emulator.Providers.Seedance2Ink;

/// <summary>
/// Seedance2.ink's Open API (specs/seedance2-ink.yaml): submit, get by <c>requestId</c>, cancel (queued or
/// processing jobs only) and the model list. A <c>webhookUrl</c> gets the job's final status reply once, when
/// it ends or is cancelled: [I] Seedance2.ink publishes no webhook payload, signature or retries, so the body
/// is its getGeneration reply (as the SDK's CallbackBodies reads it) and it is sent once.
/// </summary>
internal sealed class Seedance2InkDialect : ProviderDialect
{
    private const string Generations = "/api/open/v1/video/generations";

    public Seedance2InkDialect(EmulatorState state, CallbackSender callbacks) : base(state, callbacks)
    {
    }

    public override string Provider => ProviderId.Seedance2Ink;

    public override void MapRoutes(IEndpointRouteBuilder routes)
    {
        routes.MapPost(Generations, (Delegate)CreateAsync);
        routes.MapGet(Generations + "/{requestId}", (Delegate)((HttpContext context, string requestId) => Get(context, requestId)));
        routes.MapPost(Generations + "/{requestId}/cancel", (Delegate)((HttpContext context, string requestId) => Cancel(context, requestId)));
        routes.MapGet("/api/open/v1/models", (Delegate)((HttpContext context) =>
            IsAuthorized(context.Request) ? Json(StatusCodes.Status200OK, Seedance2InkBodies.Models()) : Unauthorized()));
    }

    public override JsonNode? CallbackBody(EmulatedJob job, JobPhase phase) =>
        phase.IsTerminal() ? Seedance2InkBodies.Generation(job, phase, VideoUrl(job, phase)) : null;

    private async Task<IResult> CreateAsync(HttpContext context)
    {
        if (!IsAuthorized(context.Request)) return Unauthorized();
        JsonObject? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false) as JsonObject;
        }
        catch (JsonException)
        {
            body = null;
        }
        if (body is null) return Invalid("The request body is not a JSON object.");

        var create = Seedance2InkCreateRequest.Read(body);
        if (create.Problems.Count > 0) return Invalid(string.Join("; ", create.Problems));

        var job = State.Submit(Provider, EmulatorState.NewId(Seedance2InkBodies.IdFormat), create.Model, create.Prompt, create.WebhookUrl, body);
        if (create.WebhookUrl is not null) Callbacks.Schedule(job, this);
        return Json(StatusCodes.Status200OK, Seedance2InkBodies.Created(job, create.Duration));
    }

    private IResult Get(HttpContext context, string requestId)
    {
        if (!IsAuthorized(context.Request)) return Unauthorized();
        if (State.Find(Provider, requestId) is not { } job) return NotFound();
        var phase = job.RecordPoll(State.Now);
        return Json(StatusCodes.Status200OK, Seedance2InkBodies.Generation(job, phase, VideoUrl(job, phase)));
    }

    private IResult Cancel(HttpContext context, string requestId)
    {
        if (!IsAuthorized(context.Request)) return Unauthorized();
        if (State.Find(Provider, requestId) is not { } job) return NotFound();
        // The spec: only queued or processing jobs can be cancelled; anything else gets the inferred not-cancellable body.
        if (!job.TryCancel(State.Now))
            return Json(StatusCodes.Status400BadRequest, Seedance2InkBodies.Error("invalid_state", "Only queued or processing generations can be cancelled"));
        Callbacks.Cancelled(job, this);
        return Json(StatusCodes.Status200OK, Seedance2InkBodies.Cancelled(job));
    }

    private Uri? VideoUrl(EmulatedJob job, JobPhase phase) =>
        phase == JobPhase.Succeeded ? State.Links.Create(BaseUrl, Provider, job.Id) : null;

    // The documented invalid-key body (status 401 inferred, as the spec says), for a missing key as for a wrong one.
    private static IResult Unauthorized() =>
        Json(StatusCodes.Status401Unauthorized, Seedance2InkBodies.Error("unauthorized", "Invalid API key"));

    // The spec's inferred invalid-duration example: 400 invalid_request, here with the validator's problems as the message.
    private static IResult Invalid(string message) =>
        Json(StatusCodes.Status400BadRequest, Seedance2InkBodies.Error("invalid_request", message));

    // The spec's inferred not-found example.
    private static IResult NotFound() =>
        Json(StatusCodes.Status404NotFound, Seedance2InkBodies.Error("not_found", "Generation not found"));
}
