using System.Text.RegularExpressions;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Prompt;
using Seedance.Contracts.Validation;

namespace Seedance.Contracts.Quirks;

/// <summary>
/// Quirk <c>volc-json-parse-error</c>: in CometAPI's own live check on 2026-03-12 its Volc route
/// (<c>POST /volc/v3/contents/generations/tasks</c>) was reachable but answered the documented JSON
/// sample with a server-side JSON parse error (seed:004). The body was valid, so retrying the same
/// body does not help. Detection: a create call on <c>cometapi-volc</c> that fails with a 4xx/5xx
/// whose provider code is <c>json_parse_error</c> or whose message says the JSON could not be parsed.
/// The caller gets <see cref="CometApiVolcJsonParseException"/>; with
/// <c>CometApiVolcOptions.FallbackToVideosRoute</c> the same request is sent through CometAPI's
/// <c>/v1/videos</c> route instead. That resend is safe: the server rejected the body while parsing
/// it, so no job exists and nothing was charged. See docs/quirks.md.
/// </summary>
internal static partial class VolcJsonParseErrorQuirk
{
    /// <summary>The stable quirk id.</summary>
    public const string QuirkId = CometApiVolcJsonParseException.Id;

    /// <summary>True when a failed Volc create call is this quirk.</summary>
    /// <param name="exception">The exception the create call raised.</param>
    public static bool Matches(SeedanceException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is CometApiVolcJsonParseException) return true;
        if (exception.Provider != ProviderId.CometApiVolc || exception.StatusCode is not { } status || (int)status < 400) return false;
        if (string.Equals(exception.ProviderCode, "json_parse_error", StringComparison.OrdinalIgnoreCase)) return true;
        var text = exception.ProviderMessage ?? exception.RawBody;
        return text is not null && ParseFailureText().IsMatch(text);
    }

    /// <summary>
    /// The <c>/v1/videos</c> model id for a dated Volc id (<c>doubao-seedance-1-5-pro-251215</c> →
    /// <c>doubao-seedance-1-5-pro</c>), or null when <c>/v1/videos</c> has no such model.
    /// </summary>
    /// <param name="volcModel">A model id of the Volc route.</param>
    public static string? MapModelToVideosRoute(string? volcModel)
    {
        if (string.IsNullOrWhiteSpace(volcModel)) return null;
        var undated = DatedSuffix().Replace(volcModel.Trim(), string.Empty);
        return ModelCatalog.TryGet(ProviderId.CometApiVideos, undated, out var spec) ? spec.Id : null;
    }

    /// <summary>
    /// The same request in <c>/v1/videos</c> terms: the model mapped, the prompt's text flags lifted into
    /// fields (the route has no flags), everything else unchanged, so the videos validator reports what
    /// that route cannot express. The prompt is the one the Volc validator already parsed.
    /// </summary>
    /// <param name="volc">The request as validated for the Volc route.</param>
    public static VideoRequest ToVideosRequest(ValidatedRequest volc)
    {
        ArgumentNullException.ThrowIfNull(volc);
        var parsed = volc.Prompt;
        var request = volc.Request;
        var settings = PromptFlags.FromRequest(request).Or(parsed.Flags);
        return request with
        {
            Model = MapModelToVideosRoute(request.Model) ?? request.Model,
            Prompt = parsed.Prompt,
            Resolution = settings.Resolution,
            AspectRatio = settings.Ratio,
            Duration = settings.Duration,
            Frames = settings.Frames,
            FramesPerSecond = settings.FramesPerSecond,
            Seed = settings.Seed,
            CameraFixed = settings.CameraFixed,
            Watermark = settings.Watermark,
        };
    }

    /// <summary>The exception the caller sees when the fallback is off.</summary>
    public static CometApiVolcJsonParseException Explain(SeedanceException original) =>
        new($"{original.Message} This is a known fault of CometAPI's Volc route (quirk {QuirkId}): it has answered valid JSON bodies "
            + "with a server-side parse error (CometAPI's own check, 2026-03-12). The request is not the problem, and no job was created or charged. "
            + "Set CometApiVolcOptions.FallbackToVideosRoute = true to send the same request through CometAPI's /v1/videos route, or use CometApiVideosJobClient.",
            original.Context, fallbackAttempted: false, original);

    /// <summary>Resends through <c>/v1/videos</c>; the job's <see cref="VideoJob.Provider"/> is <c>cometapi-videos</c>.</summary>
    public static async Task<VideoJob> FallbackAsync(IVideoJobClient videos, ValidatedRequest volc, SeedanceException original, CancellationToken cancellationToken)
    {
        var request = ToVideosRequest(volc);
        try
        {
            return await videos.SubmitAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (SeedanceValidationException invalid)
        {
            // Nothing was sent to /v1/videos either; say why the fallback could not carry this request.
            throw new CometApiVolcJsonParseException(
                $"{original.Message} This is CometAPI's known Volc-route fault (quirk {QuirkId}); no job was created. "
                + $"The fallback to /v1/videos was not used because that route cannot express this request: {string.Join("; ", invalid.Violations)}",
                original.Context, fallbackAttempted: true, invalid);
        }
    }

    [GeneratedRegex(@"(pars|unmarshal|decod)\w*[^.]{0,40}\bjson\b|\bjson\b[^.]{0,40}(pars|unmarshal|decod)|invalid character .{1,8} looking for", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ParseFailureText();

    [GeneratedRegex(@"-\d{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex DatedSuffix();
}
