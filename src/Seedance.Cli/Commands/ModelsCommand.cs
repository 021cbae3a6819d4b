using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Seedance.Cli.Output;
using Seedance.Contracts;
using Seedance.Contracts.Catalog;

namespace Seedance.Cli.Commands;

/// <summary><c>models</c>: each provider's models and their limits, straight from the SDK's <see cref="ModelCatalog"/> (the rules <c>validate</c> and <c>submit</c> apply).</summary>
internal static class ModelsCommand
{
    public static Command Create(CliConsole console)
    {
        var provider = new Option<string>("--provider", "-p") { Description = "only this provider", HelpName = "ID" };
        provider.AcceptOnlyFromAmong([.. ProviderId.All]);
        var json = new Option<bool>("--json") { Description = "print one JSON object (for scripts)" };
        var command = new Command("models", "list each provider's models and limits (durations, resolutions, ratios, image inputs, ...)") { provider, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var providers = parse.GetValue(provider) is { } one ? [one] : ProviderId.All;
            if (parse.GetValue(json))
            {
                var list = new JsonArray();
                foreach (var p in providers) list.Add(new JsonObject { ["provider"] = p, ["models"] = new JsonArray([.. ModelCatalog.For(p).Select(m => (JsonNode)Json(m))]) });
                await console.Out.WriteLineAsync(JsonShapes.Line(new JsonObject { ["providers"] = list })).ConfigureAwait(false);
                return ExitCodes.Ok;
            }
            foreach (var p in providers)
            {
                await console.Out.WriteLineAsync(p).ConfigureAwait(false);
                foreach (var model in ModelCatalog.For(p))
                {
                    await console.Out.WriteLineAsync($"  {model.Id} ({model.DisplayName}){(model.HasInferredRules ? " [some rules inferred]" : "")}").ConfigureAwait(false);
                    foreach (var (label, value) in Limits(model)) await console.Out.WriteLineAsync($"    {label,-12} {value}").ConfigureAwait(false);
                }
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static IEnumerable<(string Label, string Value)> Limits(ModelSpec m)
    {
        yield return ("durations", m.Durations + (m.DefaultDuration is { } d ? string.Create(CultureInfo.InvariantCulture, $" s (default {d})") : " s"));
        yield return ("resolutions", string.Join(", ", m.Resolutions) + (m.DefaultResolution is { } r ? $" (default {r})" : "")
            + (m.ResolutionsWithReferenceImages is { } withRefs ? $"; with reference images: {string.Join(", ", withRefs)}" : ""));
        yield return ("ratios", string.Join(", ", m.AspectRatios) + (m.AdaptiveRequiresImage ? " (adaptive needs an image)" : ""));
        yield return ("inputs", string.Join(", ", Inputs(m)));
        var extras = Extras(m).ToList();
        if (extras.Count > 0) yield return ("also", string.Join("; ", extras));
    }

    private static IEnumerable<string> Inputs(ModelSpec m)
    {
        if (m.SupportsTextToVideo) yield return "text";
        if (m.SupportsFirstFrame) yield return "first frame";
        if (m.SupportsLastFrame) yield return "last frame";
        if (m.MaxReferenceImages > 0) yield return string.Create(CultureInfo.InvariantCulture, $"up to {m.MaxReferenceImages} reference images") + (m.ReferenceImagesExcludeFrames ? " (not with frames)" : "");
        if (m.MediaUrls is { } media) yield return string.Create(CultureInfo.InvariantCulture, $"{media.MinCount}-{media.MaxCount} media URLs{(media.RequiresHttps ? " (https)" : "")}");
    }

    private static IEnumerable<string> Extras(ModelSpec m)
    {
        if (m.SupportsAudioGeneration) yield return "audio";
        if (m.Seed is { } seed) yield return $"seed {seed}";
        if (m.SupportsWatermark) yield return "watermark";
        if (m.SupportsCameraFixed) yield return "fixed camera";
        if (m.Frames is { } frames) yield return $"frames {frames}";
        if (m.FramesPerSecond.Count > 0) yield return "fps " + string.Join(", ", m.FramesPerSecond);
        if (m.ServiceTiers.Count > 0) yield return "service tiers " + string.Join(", ", m.ServiceTiers);
        if (m.ExecutionExpiresAfter is { } expiry) yield return $"expires after {expiry} s";
        if (m.MaxPromptLength is { } length) yield return string.Create(CultureInfo.InvariantCulture, $"prompt up to {length} characters");
    }

    private static JsonObject Json(ModelSpec m) => new()
    {
        ["id"] = m.Id,
        ["displayName"] = m.DisplayName,
        ["durations"] = new JsonObject
        {
            ["min"] = m.Durations.Min,
            ["max"] = m.Durations.Max,
            ["values"] = m.Durations.AllowedValues is { } values ? new JsonArray([.. values.Select(v => (JsonNode)v)]) : null,
            ["auto"] = m.Durations.AllowsAuto,
            ["default"] = m.DefaultDuration,
        },
        ["resolutions"] = Strings(m.Resolutions),
        ["defaultResolution"] = m.DefaultResolution,
        ["resolutionsWithReferenceImages"] = m.ResolutionsWithReferenceImages is { } r ? Strings(r) : null,
        ["ratios"] = Strings(m.AspectRatios),
        ["textToVideo"] = m.SupportsTextToVideo,
        ["firstFrame"] = m.SupportsFirstFrame,
        ["lastFrame"] = m.SupportsLastFrame,
        ["maxReferenceImages"] = m.MaxReferenceImages,
        ["audio"] = m.SupportsAudioGeneration,
        ["seed"] = m.Seed is { } s ? new JsonObject { ["min"] = s.Min, ["max"] = s.Max } : null,
        ["watermark"] = m.SupportsWatermark,
        ["cameraFixed"] = m.SupportsCameraFixed,
        ["frames"] = m.Frames is { } f ? new JsonObject { ["min"] = f.Min, ["max"] = f.Max, ["step"] = FramesRule.Step } : null,
        ["fps"] = new JsonArray([.. m.FramesPerSecond.Select(v => (JsonNode)v)]),
        ["serviceTiers"] = Strings(m.ServiceTiers),
        ["maxPromptLength"] = m.MaxPromptLength,
        ["inferredRules"] = m.HasInferredRules,
    };

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)v)]);
}
