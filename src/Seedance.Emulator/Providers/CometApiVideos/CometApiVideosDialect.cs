using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Seedance.Contracts.Catalog;
using Seedance.Emulator.Engine;

namespace Seedance.Emulator.Providers.CometApiVideos;

/// <summary>
/// CometAPI's OpenAI-style route (specs/cometapi-videos.yaml): <c>POST /v1/videos</c> (multipart form) and
/// <c>GET /v1/videos/{id}</c>. The spec documents no callback and no cancel, so the emulator sends none and
/// has none.
/// </summary>
internal sealed class CometApiVideosDialect : ProviderDialect
{
    public CometApiVideosDialect(EmulatorState state, CallbackSender callbacks) : base(state, callbacks)
    {
    }

    public override string Provider => ProviderId.CometApiVideos;

    // RequestDelegate handlers: the Delegate overloads crash ASP.NET Core's RouteHandlerAnalyzer (AD0001) on these methods.
    public override void MapRoutes(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v1/videos", async context => await (await CreateAsync(context).ConfigureAwait(false)).ExecuteAsync(context).ConfigureAwait(false));
        routes.MapGet("/v1/videos/{id}", context => Status(context, (string)context.Request.RouteValues["id"]!).ExecuteAsync(context));
    }

    private async Task<IResult> CreateAsync(HttpContext context)
    {
        if (!IsAuthorized(context.Request)) return Json(StatusCodes.Status401Unauthorized, CometErrors.InvalidToken(State.Now));
        if (!context.Request.HasFormContentType)
        {
            return Json(StatusCodes.Status400BadRequest, CometErrors.InvalidRequest("the request body must be multipart/form-data", State.Now));
        }

        CometApiVideosRequest request;
        try
        {
            request = await CometApiVideosRequest.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return Json(StatusCodes.Status400BadRequest, CometErrors.InvalidRequest("the multipart form could not be read: " + e.Message, State.Now));
        }

        if (request.ModelMissing) return Json(StatusCodes.Status400BadRequest, CometErrors.ModelMissing(State.Now));
        if (request.Problems.Count > 0) return Json(StatusCodes.Status400BadRequest, CometErrors.InvalidParameter(request.Problems));

        // Ids like the examples' task_abc123: task_ and an opaque token.
        var id = "task_" + EmulatorState.NewId(new string('a', 24));
        var job = State.Submit(Provider, id, request.Request.Model, request.Request.Prompt, callbackUrl: null, request.Fields, request.Values());
        return Json(StatusCodes.Status200OK, CometApiVideosBodies.Created(job));
    }

    private IResult Status(HttpContext context, string id)
    {
        if (!IsAuthorized(context.Request)) return Json(StatusCodes.Status401Unauthorized, CometErrors.InvalidToken(State.Now));
        if (State.Find(Provider, id) is not { } job) return Json(StatusCodes.Status400BadRequest, CometErrors.TaskNotExist());
        var now = State.Now;
        var phase = job.RecordPoll(now);
        return Json(StatusCodes.Status200OK, CometApiVideosBodies.Status(job, phase, now, () => State.Links.Create(BaseUrl, Provider, job.Id)));
    }
}
