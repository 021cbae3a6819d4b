using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Seedance.Contracts;

namespace Seedance.Cli.Commands;

/// <summary>
/// The neutral <see cref="VideoRequest"/>'s fields as options (<c>submit</c> and <c>validate</c> share them).
/// An option left out is a field left null: the provider's default applies.
/// </summary>
internal sealed class RequestOptions
{
    public Option<string> Model { get; } = new("--model", "-m") { Description = "the model id as the provider lists it (seedance models)", HelpName = "ID", Required = true };

    public Option<string> Prompt { get; } = new("--prompt") { Description = "the text prompt", HelpName = "TEXT", Required = true };

    public Option<int?> Duration { get; } = new("--duration") { Description = "length in seconds (-1: auto, where the model allows it)", HelpName = "SECONDS" };

    public Option<string> Ratio { get; } = new("--ratio") { Description = "aspect ratio, e.g. 16:9, or adaptive", HelpName = "W:H" };

    public Option<string> Resolution { get; } = new("--resolution") { Description = "480p, 720p, 1080p or 4k", HelpName = "RES" };

    public Option<string> FirstFrame { get; } = new("--first-frame") { Description = "the image the video starts from: an http(s) URL or a local file (uploaded)", HelpName = "URL|FILE" };

    public Option<string> LastFrame { get; } = new("--last-frame") { Description = "the image the video ends on: an http(s) URL or a local file", HelpName = "URL|FILE" };

    public Option<string[]> ReferenceImages { get; } = new("--reference-image")
    {
        Description = "a reference image, URL or file (repeatable)", HelpName = "URL|FILE", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false,
    };

    public Option<Uri[]> MediaUrls { get; } = new("--media-url")
    {
        Description = "Seedance2.ink: a video or audio reference URL (repeatable)", HelpName = "URL", Arity = ArgumentArity.OneOrMore,
        CustomParser = r => r.Tokens.Select(t => Url(r, t.Value)).OfType<Uri>().ToArray(),
    };

    public Option<long?> Seed { get; } = new("--seed") { Description = "random seed (-1: random)", HelpName = "N" };

    public Option<bool?> Watermark { get; } = Switch("--watermark", "add the provider's watermark (true/false)");

    public Option<bool?> Audio { get; } = Switch("--audio", "generate an audio track (true/false)");

    public Option<int?> Frames { get; } = new("--frames") { Description = "Ark frame count (25+4n); instead of --duration", HelpName = "N" };

    public Option<int?> Fps { get; } = new("--fps") { Description = "Ark frame rate", HelpName = "N" };

    public Option<bool?> CameraFixed { get; } = Switch("--camera-fixed", "keep the camera still (true/false)");

    public Option<string> ServiceTier { get; } = new("--service-tier") { Description = "AceData service tier: default or flex", HelpName = "TIER" };

    public Option<int?> ExpiresAfter { get; } = new("--expires-after") { Description = "AceData execution_expires_after, in seconds", HelpName = "SECONDS" };

    public Option<Uri> CallbackUrl { get; } = new("--callback-url")
    {
        Description = "the provider calls this URL when the job ends (callback / webhook)", HelpName = "URL", CustomParser = JobTargetOptions.HttpUrl,
    };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[]
        {
            Model, Prompt, Duration, Ratio, Resolution, FirstFrame, LastFrame, ReferenceImages, MediaUrls, Seed, Watermark, Audio,
            Frames, Fps, CameraFixed, ServiceTier, ExpiresAfter, CallbackUrl,
        })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The request of a successful parse. Reading a local image file may throw <see cref="Contracts.Errors.SeedanceValidationException"/> (not an image) or an <see cref="IOException"/>.</summary>
    public VideoRequest Read(ParseResult parse) => new()
    {
        Model = parse.GetValue(Model)!,
        Prompt = parse.GetValue(Prompt)!,
        Duration = parse.GetValue(Duration),
        AspectRatio = parse.GetValue(Ratio),
        Resolution = parse.GetValue(Resolution),
        FirstFrame = Image(parse.GetValue(FirstFrame)),
        LastFrame = Image(parse.GetValue(LastFrame)),
        ReferenceImages = [.. (parse.GetValue(ReferenceImages) ?? []).Select(i => Image(i)!)],
        MediaUrls = parse.GetValue(MediaUrls) ?? [],
        Seed = parse.GetValue(Seed),
        Watermark = parse.GetValue(Watermark),
        GenerateAudio = parse.GetValue(Audio),
        Frames = parse.GetValue(Frames),
        FramesPerSecond = parse.GetValue(Fps),
        CameraFixed = parse.GetValue(CameraFixed),
        ServiceTier = parse.GetValue(ServiceTier),
        ExecutionExpiresAfter = parse.GetValue(ExpiresAfter),
        CallbackUrl = parse.GetValue(CallbackUrl),
    };

    // An absolute http(s) URL is sent as a URL; anything else is a local file to upload. Which providers take
    // which is the validator's business, so the message for a mismatch is the SDK's own.
    private static ImageInput? Image(string? value) =>
        value is null ? null
        : Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? ImageInput.FromUrl(uri)
        : ImageInput.FromFile(value);

    // A switch is true when given alone, or takes an explicit true/false; left out, the field is not sent.
    private static Option<bool?> Switch(string name, string description) => new(name)
    {
        Description = description, HelpName = "true|false", Arity = ArgumentArity.ZeroOrOne,
        CustomParser = r =>
        {
            if (r.Tokens.Count == 0) return true;
            if (bool.TryParse(r.Tokens[0].Value, out var value)) return value;
            r.AddError($"{name} takes true or false, got {r.Tokens[0].Value}");
            return null;
        },
    };

    private static Uri? Url(ArgumentResult result, string value)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") return uri;
        result.AddError(string.Create(CultureInfo.InvariantCulture, $"{value} is not an http(s) URL"));
        return null;
    }
}
