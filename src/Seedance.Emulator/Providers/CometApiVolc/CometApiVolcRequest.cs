using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Prompt;
using Seedance.Contracts.Validation;

namespace Seedance.Emulator.Providers.CometApiVolc;

/// <summary>
/// Reads the JSON body of <c>POST /volc/v3/contents/generations/tasks</c> (schema <c>CreateTaskRequest</c>:
/// model, content[], callback_url) into the neutral <see cref="VideoRequest"/>. Generation settings travel as
/// Ark text commands in the text item (<c>--duration 5 --ratio 16:9</c>), which the SDK's validator parses
/// itself, so the text is passed on as the prompt unchanged.
/// </summary>
internal sealed class CometApiVolcRequest
{
    private CometApiVolcRequest(JsonObject body, VideoRequest request, IReadOnlyList<ValidationProblem> problems)
    {
        Body = body;
        Request = request;
        Problems = problems;
    }

    /// <summary>The body as received, kept on the job.</summary>
    public JsonObject Body { get; }

    /// <summary>The request in neutral terms.</summary>
    public VideoRequest Request { get; }

    /// <summary>Everything the provider would refuse; empty when the task may start.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    /// <summary>True when the body has no model (CometAPI's gateway answers that one itself).</summary>
    public bool ModelMissing => string.IsNullOrWhiteSpace(Request.Model);

    /// <summary>The body's request, or null when it is not JSON at all (the caller answers the parse error).</summary>
    public static CometApiVolcRequest? Read(byte[] raw)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(raw);
        }
        catch (JsonException)
        {
            return null;
        }

        var problems = new List<ValidationProblem>();
        if (node is not JsonObject body)
        {
            problems.Add(new ValidationProblem("body", node?.ToJsonString(), "a JSON object", "spec"));
            body = [];
        }

        var model = Text(body["model"]);
        string? prompt = null;
        ImageInput? first = null, last = null;
        var references = new List<ImageInput>();
        var unplaced = new List<ImageInput>();
        if (body["content"] is not JsonArray content)
        {
            problems.Add(new ValidationProblem("content", body["content"]?.ToJsonString(), "an array of text and image_url items", "required"));
            content = [];
        }

        for (var i = 0; i < content.Count; i++)
        {
            var item = content[i] as JsonObject;
            switch (Text(item?["type"]))
            {
                case "text":
                    // Ark reads one text item; a second one is a mistake the spec's "text first" rule does not allow.
                    if (prompt is null) prompt = Text(item!["text"]) ?? "";
                    else problems.Add(new ValidationProblem($"content[{i}]", "text", "one text item, first", "spec"));
                    break;
                case "image_url":
                    if (Image(item!, i, problems) is not { } image) break;
                    switch (Text(item!["role"]))
                    {
                        case "first_frame": Place(ref first, image, i, problems); break;
                        case "last_frame": Place(ref last, image, i, problems); break;
                        case "reference_image": references.Add(image); break;
                        case null: unplaced.Add(image); break;
                        case var role: problems.Add(new ValidationProblem($"content[{i}].role", role, "first_frame, last_frame or reference_image", "spec")); break;
                    }
                    break;
                case var type:
                    problems.Add(new ValidationProblem($"content[{i}].type", type, "text or image_url", "spec"));
                    break;
            }
        }

        // Without a role a single image is the first frame (Ark's image-to-video example; ImageRole's description).
        if (unplaced.Count == 1 && first is null) first = unplaced[0];
        else if (unplaced.Count > 0) problems.Add(new ValidationProblem("content[].role", null, "a role on every image when there is more than one", "spec"));

        Uri? callback = null;
        if (Text(body["callback_url"]) is { } url && !Uri.TryCreate(url, UriKind.Absolute, out callback))
        {
            problems.Add(new ValidationProblem("callback_url", url, "an absolute http or https URL", "callback-url"));
        }

        var request = new VideoRequest
        {
            Model = model ?? "",
            Prompt = prompt ?? "",
            FirstFrame = first,
            LastFrame = last,
            ReferenceImages = references,
            CallbackUrl = callback,
        };
        problems.AddRange(VideoRequestValidator.Validate(ProviderId.CometApiVolc, request));
        return new CometApiVolcRequest(body, request, problems);
    }

    /// <summary>
    /// The settings the task reports back (resolution, ratio, duration or frames, seed): the text commands,
    /// else the model's catalog defaults, else Ark's documented defaults (16:9, 5 s, 24 fps).
    /// </summary>
    public IReadOnlyDictionary<string, string> Values()
    {
        var flags = PromptText.Parse(Request.Prompt).Flags;
        ModelCatalog.TryGet(ProviderId.CometApiVolc, Request.Model, out var model);
        var values = new Dictionary<string, string>
        {
            ["resolution"] = flags.Resolution ?? model?.DefaultResolution ?? "720p",
            ["ratio"] = flags.Ratio ?? "16:9",
            ["framespersecond"] = (flags.FramesPerSecond ?? 24).ToString(CultureInfo.InvariantCulture),
            ["seed"] = (flags.Seed is { } seed and >= 0 ? seed : Random.Shared.NextInt64(0, uint.MaxValue)).ToString(CultureInfo.InvariantCulture),
        };
        // Ark returns only one of duration and frames (ArkTask's description).
        if (flags.Frames is { } frames) values["frames"] = frames.ToString(CultureInfo.InvariantCulture);
        else values["duration"] = (flags.Duration ?? model?.DefaultDuration ?? 5).ToString(CultureInfo.InvariantCulture);
        return values;
    }

    private static ImageInput? Image(JsonObject item, int index, List<ValidationProblem> problems)
    {
        var url = Text(item["image_url"]?["url"]);
        if (url is null)
        {
            problems.Add(new ValidationProblem($"content[{index}].image_url.url", null, "an image URL", "required"));
            return null;
        }
        try
        {
            return ImageInput.FromUrl(url);
        }
        catch (SeedanceValidationException invalid)
        {
            problems.AddRange(invalid.Violations.Select(v => v with { Field = $"content[{index}].image_url.url" }));
            return null;
        }
    }

    private static void Place(ref ImageInput? slot, ImageInput image, int index, List<ValidationProblem> problems)
    {
        if (slot is null) slot = image;
        else problems.Add(new ValidationProblem($"content[{index}].role", "a second image for the same frame", "one first_frame and one last_frame", "spec"));
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;
}
