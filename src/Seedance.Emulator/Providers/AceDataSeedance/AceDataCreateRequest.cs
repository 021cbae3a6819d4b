using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Providers.AceDataSeedance;
using Seedance.Contracts.Validation;
using Seedance.Emulator.Engine;

namespace Seedance.Emulator.Providers.AceDataSeedance;

/// <summary>
/// A <c>POST /seedance/videos</c> body (specs/acedata-seedance.yaml, CreateVideoRequest) read back into the
/// SDK's neutral <see cref="VideoRequest"/>, so the emulator refuses exactly what the SDK's catalog refuses.
/// Wire-level slips (a field of the wrong JSON type, an unknown content item) are reported in the
/// validator's own <see cref="ValidationProblem"/> form, so one message lists everything.
/// </summary>
internal sealed class AceDataCreateRequest : WireRequest
{
    private AceDataCreateRequest(JsonObject body) : base(body)
    {
    }


    public string Model { get; private set; } = "";

    public string Prompt { get; private set; } = "";

    public Uri? CallbackUrl { get; private set; }

    /// <summary>True when the call answers at once with a task id (<c>async</c> or <c>callback_url</c> set).</summary>
    public bool AnswersAtOnce { get; private set; }


    /// <summary>Reads and checks a create body; <see cref="WireRequest.Problems"/> is empty when the job may be created.</summary>
    public static AceDataCreateRequest Read(JsonObject body)
    {
        var read = new AceDataCreateRequest(body);
        read.Parse();
        return read;
    }

    private void Parse()
    {
        Model = StringField("model") ?? "";
        var first = default(ImageInput);
        var last = default(ImageInput);
        var references = new List<ImageInput>();
        var mediaReferences = 0;
        if (Body["content"] is JsonArray content)
        {
            for (var i = 0; i < content.Count; i++)
            {
                var field = $"content[{i}]";
                if (content[i] is not JsonObject item)
                {
                    Add(field, content[i]?.ToJsonString(), "an object with a type");
                    continue;
                }
                switch (Text(item["type"]))
                {
                    case "text":
                        Prompt = Text(item["text"]) ?? "";
                        break;
                    case "image_url":
                        if (Image(item["image_url"]?["url"], field + ".image_url.url") is not { } image) break;
                        switch (Text(item["role"]) ?? "first_frame")
                        {
                            case "first_frame": first = image; break;
                            case "last_frame": last = image; break;
                            case "reference_image": references.Add(image); break;
                            case var role: Add(field + ".role", role, "one of first_frame, last_frame, reference_image"); break;
                        }
                        break;
                    case "audio_url" or "video_url":
                        mediaReferences++;
                        break;
                    case var type:
                        Add(field + ".type", type, "one of text, image_url, audio_url, video_url");
                        break;
                }
            }
        }
        else
        {
            Add("content", Body["content"]?.ToJsonString(), "an array with a text item");
        }

        // Reference audio and video are the 2.0 series' (spec: AudioUrlContent, VideoUrlContent); the catalog has no field for them.
        if (mediaReferences > 0 && !Model.StartsWith("doubao-seedance-2-", StringComparison.Ordinal))
            Add("content", $"{mediaReferences} audio/video references", "audio_url and video_url items only on the 2.0 series", "capability");

        var callback = StringField("callback_url");
        if (callback is not null)
        {
            if (Uri.TryCreate(callback, UriKind.Absolute, out var url)) CallbackUrl = url;
            else Add("callback_url", callback, "an absolute http or https URL", "callback-url");
        }
        AnswersAtOnce = BoolField("async") == true || callback is not null;

        // AceData-only fields: the SDK checks them with the spec's enums and ranges (not the catalog), so the same here.
        var options = new AceDataSeedanceRequestOptions
        {
            ReturnLastFrame = BoolField("return_last_frame"),
            OutputFormat = OneOf("output_format", "mp4", "mov"),
            OmniReferenceTaskType = OneOf("omni_reference_task_type", "auto", "reference", "edit", "extend"),
            Priority = Between("priority", 0, 9),
            SafetyIdentifier = Check(StringField("safety_identifier"), "safety_identifier", s => s.Length <= 64, "at most 64 characters"),
        };

        var request = new VideoRequest
        {
            Model = Model,
            Prompt = Prompt,
            Resolution = StringField("resolution"),
            AspectRatio = StringField("ratio"),
            Duration = IntField("duration"),
            Frames = IntField("frames"),
            Seed = LongField("seed"),
            CameraFixed = BoolField("camerafixed"),
            Watermark = BoolField("watermark"),
            GenerateAudio = BoolField("generate_audio"),
            CallbackUrl = CallbackUrl,
            ServiceTier = StringField("service_tier"),
            ExecutionExpiresAfter = IntField("execution_expires_after"),
            FirstFrame = first,
            LastFrame = last,
            ReferenceImages = references,
            ProviderOptions = options,
        };
        ProblemList.AddRange(VideoRequestValidator.Validate(ProviderId.AceDataSeedance, request));
    }

    private ImageInput? Image(JsonNode? node, string field)
    {
        var url = Text(node);
        if (url is null)
        {
            Add(field, null, "a URL or a data:image/...;base64 URL");
            return null;
        }
        try
        {
            return url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) ? DataUrl(url) : ImageInput.FromUrl(url);
        }
        catch (SeedanceValidationException refused)
        {
            ProblemList.AddRange(refused.Violations.Select(p => p with { Field = field }));
            return null;
        }
    }

    // The SDK sends an uploaded image as a data URL; reading it back as content lets the validator check the bytes.
    private static ImageInput DataUrl(string url)
    {
        var comma = url.IndexOf(',', StringComparison.Ordinal);
        var header = comma > 5 ? url[5..comma] : "";
        if (!header.EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
            throw new SeedanceValidationException([new ValidationProblem("url", url, "a data:image/<format>;base64,... URL", "image-url")], ProviderId.AceDataSeedance);
        byte[] bytes;
        try { bytes = Convert.FromBase64String(url[(comma + 1)..]); }
        catch (FormatException)
        {
            throw new SeedanceValidationException([new ValidationProblem("url", url, "base64 data after the comma", "image-url")], ProviderId.AceDataSeedance);
        }
        return ImageInput.FromStream(new MemoryStream(bytes), header[..^";base64".Length], "image");
    }

    private int? Between(string name, int min, int max)
    {
        var value = IntField(name);
        return value is { } v && (v < min || v > max) ? Fail<int?>(name, v.ToString(CultureInfo.InvariantCulture), $"{min}..{max}") : value;
    }

    private string? OneOf(string name, params string[] allowed) =>
        Check(StringField(name), name, v => allowed.Contains(v, StringComparer.Ordinal), "one of " + string.Join(", ", allowed));

    private string? Check(string? value, string name, Func<string, bool> valid, string allowed) =>
        value is null || valid(value) ? value : Fail(name, value, allowed);

    private static string? Text(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
