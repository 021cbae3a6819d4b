using System.Globalization;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Prompt;
using Seedance.Contracts.Requests;

namespace Seedance.Contracts.Validation;

/// <summary>
/// Checks a <see cref="VideoRequest"/> against the provider's capabilities (<see cref="Capabilities"/>)
/// and the model's rules (<see cref="ModelCatalog"/>) before anything is sent. Every problem is
/// collected, none stops the others, so one exception lists them all. Each violation names the field,
/// the value given (long values cut to <see cref="MaxValueLength"/> characters), what is allowed
/// ("for model X" where the rule is the model's) and the rule.
/// </summary>
public static partial class VideoRequestValidator
{
    /// <summary>
    /// The SDK's own prompt cap for providers that document none: a guard against sending a runaway
    /// string, not a provider rule (rule <c>sdk-limit</c>).
    /// </summary>
    public const int SdkMaxPromptLength = 10_000;

    /// <summary>Values longer than this are cut (with an ellipsis) in violations.</summary>
    public const int MaxValueLength = 64;

    /// <summary>Every way the request breaks the provider's or the model's rules; empty when it is valid.</summary>
    /// <param name="provider">A provider id (see <see cref="ProviderId"/>).</param>
    /// <param name="request">The request to check.</param>
    public static IReadOnlyList<ValidationProblem> Validate(string provider, VideoRequest request) => Run(provider, request).Problems;

    /// <summary>Throws when <see cref="Validate"/> finds anything; the exception lists every violation.</summary>
    /// <param name="provider">A provider id.</param>
    /// <param name="request">The request to check.</param>
    /// <exception cref="SeedanceValidationException">The request breaks at least one rule.</exception>
    public static void EnsureValid(string provider, VideoRequest request) => Normalize(provider, request);

    /// <summary>
    /// Checks the request and hands back what the mappers need: the request with its lists made
    /// non-null and the prompt's inline flags parsed (once per submit: the mappers and quirks reuse
    /// this parse instead of reading the text again).
    /// </summary>
    /// <exception cref="SeedanceValidationException">The request breaks at least one rule.</exception>
    internal static ValidatedRequest Normalize(string provider, VideoRequest request)
    {
        var (ctx, problems) = Run(provider, request);
        if (ctx is null || problems.Count > 0)
        {
            throw new SeedanceValidationException(problems, provider);
        }

        return new ValidatedRequest(provider, ctx.Request, ctx.ParsedPrompt);
    }

    private static (ValidationContext? Context, IReadOnlyList<ValidationProblem> Problems) Run(string provider, VideoRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!ProviderId.IsKnown(provider))
        {
            return (null, [new ValidationProblem("provider", provider, "one of " + string.Join(", ", ProviderId.All), "unknown-provider")]);
        }

        // A caller can null the list properties with `null!`; treat that as "none" rather than crash.
        request = request with { ReferenceImages = request.ReferenceImages ?? [], MediaUrls = request.MediaUrls ?? [] };
        var ctx = new ValidationContext(provider, request);
        CheckModelId(ctx);
        CheckPrompt(ctx);
        CheckCapabilities(ctx);
        CheckModelRules(ctx);
        CheckImages(ctx);
        CheckMediaUrls(ctx);
        CheckCallback(ctx);
        return (ctx, ctx.Violations.Select(v => v with { Value = Cut(v.Value) }).ToArray());
    }

    private static void CheckModelId(ValidationContext ctx)
    {
        var model = ctx.Request.Model;
        var known = ModelCatalog.IdsFor(ctx.Provider);
        var allowed = $"one of {string.Join(", ", known)} (models of {ctx.Provider})";
        if (string.IsNullOrWhiteSpace(model))
        {
            ctx.Add("model", model, allowed, "required");
            return;
        }

        if (ModelCatalog.TryGet(ctx.Provider, model, out var spec))
        {
            ctx.Model = spec;
            return;
        }

        // A common slip: an id from another provider (e.g. AceData's dated id on CometAPI).
        var elsewhere = ModelCatalog.All.Where(m => m.Id == model).Select(m => m.Provider).ToArray();
        var hint = elsewhere.Length > 0 ? $"; '{model}' is a {string.Join("/", elsewhere)} id" : "";
        ctx.Add("model", model, allowed + hint, "unknown-model");
    }

    private static void CheckPrompt(ValidationContext ctx)
    {
        var prompt = ctx.Request.Prompt;
        if (string.IsNullOrWhiteSpace(prompt))
        {
            ctx.Add("prompt", prompt, "a non-empty text", "required");
            return;
        }

        var max = ctx.Model?.MaxPromptLength
            ?? ModelCatalog.For(ctx.Provider).Select(m => m.MaxPromptLength).FirstOrDefault(m => m is not null);
        if (prompt.Length > (max ?? SdkMaxPromptLength))
        {
            var value = Cut(prompt, 40) + string.Create(CultureInfo.InvariantCulture, $" ({prompt.Length} characters)");
            if (max is { } documented)
            {
                ctx.Add("prompt", value, $"at most {documented} characters, flags included, {ctx.ForModel}", "max-length");
            }
            else
            {
                ctx.Add("prompt", value, $"at most {SdkMaxPromptLength} characters ({ctx.Provider} documents no limit; this is the SDK's guard)", "sdk-limit");
            }
        }

        if (ctx.Capabilities.InlinePromptFlags)
        {
            CheckPromptFlags(ctx, prompt);
        }
    }

    // On the inline-flag APIs the text itself carries settings: parse them so that bad values and
    // contradictions with the request's fields are reported instead of being ignored upstream.
    private static void CheckPromptFlags(ValidationContext ctx, string prompt)
    {
        var parsed = PromptText.Parse(prompt);
        ctx.ParsedPrompt = parsed;
        ctx.Violations.AddRange(parsed.Problems);
        foreach (var unknown in parsed.UnknownFlags)
        {
            ctx.Add("prompt", unknown, "known flags only: --rs --rt --dur --frames --fps --seed --cf --wm (or their long forms)", "prompt-flag");
        }

        if (parsed.Prompt.Length == 0)
        {
            ctx.Add("prompt", prompt, "some text before the --flags", "required");
        }

        ctx.Violations.AddRange(PromptFlags.FindConflicts(parsed.Flags, PromptFlags.FromRequest(ctx.Request)));
    }

    private static void CheckCallback(ValidationContext ctx)
    {
        var url = ctx.Request.CallbackUrl;
        if (url is null || !ctx.Capabilities.Callback)
        {
            return; // an unsupported callback is reported as a capability
        }

        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            ctx.Add("callbackUrl", url.OriginalString, "an absolute http or https URL", "callback-url");
        }
    }

    internal static string? Cut(string? value, int max = MaxValueLength) =>
        value is null || value.Length <= max ? value : value[..(max - 3)] + "...";

    internal static string Join<T>(IEnumerable<T> values) =>
        string.Join(", ", values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));
}
