using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Seedance.Emulator.Engine;

/// <summary>
/// One provider's API as the emulator serves it: its routes, status words, bodies and error bodies
/// (each taken from that provider's spec in specs/). Everything provider-neutral (clock, jobs, video
/// URLs, callbacks, admin) is in the engine.
/// </summary>
internal abstract class ProviderDialect
{
    protected ProviderDialect(EmulatorState state, CallbackSender callbacks)
    {
        State = state;
        Callbacks = callbacks;
    }

    /// <summary>The provider id (<see cref="Seedance.Contracts.Catalog.ProviderId"/>).</summary>
    public abstract string Provider { get; }

    /// <summary>True when the provider calls back on every status change (Ark), false when only on the final result.</summary>
    public virtual bool CallbackOnEveryChange => false;

    /// <summary>How many times a callback is sent when the app does not answer 2xx.</summary>
    public virtual int CallbackAttempts => 1;

    protected EmulatorState State { get; }

    protected CallbackSender Callbacks { get; }

    /// <summary>This provider's base URL (set once listening).</summary>
    protected Uri BaseUrl => State.BaseUrls[Provider];

    /// <summary>Maps every route of the provider's spec.</summary>
    public abstract void MapRoutes(IEndpointRouteBuilder routes);

    /// <summary>The callback body for the job entering <paramref name="phase"/>, or null to send none.</summary>
    public virtual JsonNode? CallbackBody(EmulatedJob job, JobPhase phase) => null;

    /// <summary>True when the request carries <c>Authorization: Bearer &lt;the emulator's key&gt;</c>.</summary>
    protected bool IsAuthorized(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        return header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(header[Scheme.Length..].Trim(), State.Options.ApiKey, StringComparison.Ordinal);
    }

    /// <summary>A JSON response with the given status.</summary>
    protected static IResult Json(int status, JsonNode body) =>
        Results.Content(body.ToJsonString(WireJson), "application/json", System.Text.Encoding.UTF8, status);

    /// <summary>
    /// How bodies are written: URLs keep a plain <c>&amp;</c> (the default encoder writes <c>\u0026</c>, valid JSON
    /// that no provider sends). Only HTML-sensitive escaping is relaxed; the bodies are never embedded in HTML.
    /// </summary>
    public static readonly System.Text.Json.JsonSerializerOptions WireJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
