using System.Text.Json;
using System.Text.Json.Nodes;
using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Validation;
using Seedance.Emulator.Engine;

namespace Seedance.Emulator.Providers.Seedance2Ink;

/// <summary>
/// A <c>POST /api/open/v1/video/generations</c> body (specs/seedance2-ink.yaml, CreateGenerationRequest) read
/// back into the SDK's neutral <see cref="VideoRequest"/>, so the emulator refuses exactly what the SDK's
/// catalog refuses. Wire-level slips (a field of the wrong JSON type) are reported as <see cref="ValidationProblem"/>s too.
/// </summary>
internal sealed class Seedance2InkCreateRequest : WireRequest
{
    private Seedance2InkCreateRequest(JsonObject body) : base(body)
    {
    }


    public string Model { get; private set; } = "";

    public string Prompt { get; private set; } = "";

    public Uri? WebhookUrl { get; private set; }

    public int? Duration { get; private set; }


    public static Seedance2InkCreateRequest Read(JsonObject body)
    {
        var read = new Seedance2InkCreateRequest(body);
        read.Parse();
        return read;
    }

    private void Parse()
    {
        Model = StringField("model") ?? "";
        Prompt = StringField("prompt") ?? "";
        Duration = IntField("duration");

        if (StringField("webhookUrl") is { } webhook)
        {
            if (Uri.TryCreate(webhook, UriKind.Absolute, out var url)) WebhookUrl = url;
            else Add("webhookUrl", webhook, "an absolute http or https URL", "callback-url");
        }
        if (Body["metadata"] is { } metadata && metadata is not JsonObject) Add("metadata", metadata.ToJsonString(), "a JSON object");

        // The provider gives images their role by count (one = first frame, two = first and last), which is how
        // the SDK writes them; other files are references. The SDK's catalog then checks them as it would.
        ImageInput? first = null, last = null;
        var others = new List<Uri>();
        var wireIndex = new List<int>();
        if (Body["mediaUrls"] is { } media)
        {
            if (media is not JsonArray urls)
            {
                Add("mediaUrls", media.ToJsonString(), "an array of https URLs");
            }
            else if (urls.Count == 0)
            {
                Add("mediaUrls", "[]", "1-5 https URLs, or no mediaUrls for text-to-video", "media-urls");
            }
            else
            {
                for (var i = 0; i < urls.Count; i++)
                {
                    if (Text(urls[i]) is not { } text || !Uri.TryCreate(text, UriKind.Absolute, out var url))
                    {
                        Add($"mediaUrls[{i}]", urls[i]?.ToJsonString(), "an absolute public https URL", "media-urls");
                        continue;
                    }
                    if (Seedance2InkModels.MediaUrls.IsImage(url) && last is null && others.Count == 0 && url.Scheme == Uri.UriSchemeHttps)
                    {
                        if (first is null) first = ImageInput.FromUrl(url);
                        else last = ImageInput.FromUrl(url);
                    }
                    else
                    {
                        others.Add(url);
                        wireIndex.Add(i);
                    }
                }
            }
        }

        var request = new VideoRequest
        {
            Model = Model,
            Prompt = Prompt,
            AspectRatio = StringField("aspectRatio"),
            Resolution = StringField("resolution"),
            Duration = Duration,
            CallbackUrl = WebhookUrl,
            FirstFrame = first,
            LastFrame = last,
            MediaUrls = others,
        };
        // The validator numbers MediaUrls without the frames; the caller knows only the wire's positions.
        ProblemList.AddRange(VideoRequestValidator.Validate(ProviderId.Seedance2Ink, request).Select(p =>
            p.Field.StartsWith("mediaUrls[", StringComparison.Ordinal) && int.TryParse(p.Field["mediaUrls[".Length..^1], out var n) && n < wireIndex.Count
                ? p with { Field = $"mediaUrls[{wireIndex[n]}]" }
                : p));
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
