using System.CommandLine;
using System.CommandLine.Parsing;
using Seedance.Contracts.Catalog;

namespace Seedance.Cli.Commands;

/// <summary>The options every command that talks to a provider shares: which provider, where, which key, and the output form.</summary>
internal sealed class JobTargetOptions
{
    public Option<string> Provider { get; } = new("--provider", "-p")
    {
        Description = "the provider: " + string.Join(", ", ProviderId.All),
        HelpName = "ID",
        Required = true,
    };

    public Option<Uri> BaseUrl { get; } = new("--base-url")
    {
        Description = "send the provider's requests to URL (the emulator, a proxy) instead of its public host",
        HelpName = "URL",
        CustomParser = HttpUrl,
    };

    public Option<string> KeyEnv { get; } = new("--key-env")
    {
        Description = "read the key from this environment variable instead of the provider's (COMETAPI_KEY, ACEDATA_TOKEN, SEEDANCE2INK_KEY)",
        HelpName = "NAME",
    };

    public Option<bool> Json { get; } = new("--json") { Description = "print one JSON object per result and no progress (for scripts)" };

    public JobTargetOptions() => Provider.AcceptOnlyFromAmong([.. ProviderId.All]);

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Provider);
        command.Options.Add(BaseUrl);
        command.Options.Add(KeyEnv);
        command.Options.Add(Json);
    }

    /// <summary>The values of a successful parse.</summary>
    public JobTarget Read(ParseResult parse) =>
        new(parse.GetValue(Provider)!, parse.GetValue(BaseUrl), parse.GetValue(KeyEnv), parse.GetValue(Json));

    internal static Uri? HttpUrl(ArgumentResult result)
    {
        var value = result.Tokens[^1].Value;
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") return uri;
        result.AddError($"{value} is not an http(s) URL");
        return null;
    }
}
