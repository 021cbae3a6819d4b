using Seedance.Contracts.Errors;
using VideosModels = Seedance.Generated.CometApiVideos.Models;
using VolcModels = Seedance.Generated.CometApiVolc.Models;

namespace Seedance.Contracts.Quirks;

/// <summary>Which of CometAPI's two error bodies a failure carried.</summary>
internal enum CometErrorShape
{
    /// <summary>Not a CometAPI error body (another provider, no body, an HTML page).</summary>
    None = 0,

    /// <summary>The OpenAI-style envelope <c>{"error":{"code","message","type":"comet_api_error"}}</c> (gateway errors: key, validation).</summary>
    Envelope,

    /// <summary>The flat task error <c>{"code","message","data"}</c> (task routes: <c>task_not_exist</c>, upstream <c>InvalidParameter</c>).</summary>
    Flat,
}

/// <summary>
/// Quirk <c>comet-two-error-shapes</c>: CometAPI says its error body "uses one of two shapes" without
/// naming them (seed:000). The spec models them as a <c>oneOf</c> told apart by required properties,
/// the generated <c>CometError</c> delegates code and message to whichever was sent, and
/// <see cref="ErrorTranslator"/> maps both onto the same typed exceptions; an empty <c>code</c> counts as
/// missing, the request id is read from <c>(request id: ...)</c> in the message, and <c>task_not_exist</c>
/// (as code, or as message with an empty code) is a <see cref="SeedanceNotFoundException"/> although the
/// status is 400. This class tells which shape a failure had, for diagnostics. See docs/quirks.md.
/// </summary>
internal static class CometErrorShapes
{
    /// <summary>The stable quirk id.</summary>
    public const string QuirkId = "comet-two-error-shapes";

    /// <summary>The shape of the CometAPI error body behind <paramref name="exception"/>.</summary>
    /// <param name="exception">An exception thrown by a CometAPI client.</param>
    public static CometErrorShape ShapeOf(SeedanceException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException switch
        {
            VideosModels.CometError { CometErrorEnvelope: not null } or VolcModels.CometError { CometErrorEnvelope: not null } => CometErrorShape.Envelope,
            VideosModels.CometError { CometTaskError: not null } or VolcModels.CometError { CometTaskError: not null } => CometErrorShape.Flat,
            _ => CometErrorShape.None,
        };
    }
}
