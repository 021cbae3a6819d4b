using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Seedance.Contracts.Catalog;
using Seedance.Emulator.Engine;
using Seedance.Emulator.Providers.CometApiVideos;

namespace Seedance.Emulator.Providers.CometApiVolc;

/// <summary>
/// CometAPI's Volcengine Ark-compatible route (specs/cometapi-volc.yaml): <c>POST</c> and <c>GET {id}</c> of
/// <c>/volc/v3/contents/generations/tasks</c>. Ark's callback semantics: the task object on every status
/// change, resent on failure. The spec leaves out Ark's list, delete and cancel, so the emulator has none.
/// </summary>
internal sealed class CometApiVolcDialect : ProviderDialect
{
    private const string Tasks = "/volc/v3/contents/generations/tasks";

    // A create body is a prompt and a few image URLs; Ark's own limit is far above this.
    private const int MaxBodyBytes = 1024 * 1024;

    public CometApiVolcDialect(EmulatorState state, CallbackSender callbacks) : base(state, callbacks)
    {
    }

    public override string Provider => ProviderId.CometApiVolc;

    /// <summary>Ark calls back on every status change: queued, running, then succeeded, failed or expired (providers.md §3.3).</summary>
    public override bool CallbackOnEveryChange => true;

    /// <summary>Ark resends a final callback 3 times when no success reply arrives (providers.md §3.3); every callback gets 3 attempts here.</summary>
    public override int CallbackAttempts => 3;

    // RequestDelegate handlers: the Delegate overloads crash ASP.NET Core's RouteHandlerAnalyzer (AD0001) on these methods.
    public override void MapRoutes(IEndpointRouteBuilder routes)
    {
        routes.MapPost(Tasks, async context => await (await CreateAsync(context).ConfigureAwait(false)).ExecuteAsync(context).ConfigureAwait(false));
        routes.MapGet(Tasks + "/{id}", context => Status(context, (string)context.Request.RouteValues["id"]!).ExecuteAsync(context));
    }

    public override JsonNode? CallbackBody(EmulatedJob job, JobPhase phase) =>
        CometApiVolcBodies.Task(job, phase, () => State.Links.Create(BaseUrl, Provider, job.Id));

    private async Task<IResult> CreateAsync(HttpContext context)
    {
        if (!IsAuthorized(context.Request)) return Json(StatusCodes.Status401Unauthorized, CometErrors.InvalidToken(State.Now));

        if (await ReadBoundedAsync(context.Request, context.RequestAborted).ConfigureAwait(false) is not { } raw)
        {
            return Json(StatusCodes.Status400BadRequest, CometErrors.InvalidRequest($"the request body is larger than {MaxBodyBytes} bytes", State.Now));
        }

        // The route's documented fault (quirk volc-json-parse-error) is a JSON parse error answered with 500;
        // here it is what a body that really is not JSON gets.
        if (CometApiVolcRequest.Read(raw) is not { } request) return Json(StatusCodes.Status500InternalServerError, CometErrors.JsonParseError(State.Now));
        if (request.ModelMissing) return Json(StatusCodes.Status400BadRequest, CometErrors.ModelMissing(State.Now));
        if (request.Problems.Count > 0) return Json(StatusCodes.Status400BadRequest, CometErrors.InvalidParameter(request.Problems));

        // Ark's ids: cgt-, the creation time to the second, and five characters (cgt-20251221230356-sxgt7, an Ark id
        // in acedata-seedance.yaml's task examples; CometAPI's own example id is a placeholder).
        var id = $"cgt-{State.Now.UtcDateTime:yyyyMMddHHmmss}-{EmulatorState.NewId("aaaaa")}";
        var job = State.Submit(Provider, id, request.Request.Model, request.Request.Prompt, request.Request.CallbackUrl, request.Body, request.Values());
        Callbacks.Schedule(job, this);
        return Json(StatusCodes.Status200OK, CometApiVolcBodies.Created(job));
    }

    private IResult Status(HttpContext context, string id)
    {
        if (!IsAuthorized(context.Request)) return Json(StatusCodes.Status401Unauthorized, CometErrors.InvalidToken(State.Now));
        if (State.Find(Provider, id) is not { } job) return Json(StatusCodes.Status400BadRequest, CometErrors.TaskNotExist());
        var phase = job.RecordPoll(State.Now);
        return Json(StatusCodes.Status200OK, CometApiVolcBodies.Task(job, phase, () => State.Links.Create(BaseUrl, Provider, job.Id)));
    }

    // The body, or null when it is longer than the limit (read no further than that).
    private static async Task<byte[]?> ReadBoundedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
