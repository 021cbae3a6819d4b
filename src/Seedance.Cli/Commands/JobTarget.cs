using Seedance.Conformance.Live;
using Seedance.Contracts;
using Seedance.Contracts.Jobs;

namespace Seedance.Cli.Commands;

/// <summary>A provider to talk to: its id, an optional base URL, where its key comes from, and the output form.</summary>
internal sealed record JobTarget(string Provider, Uri? BaseUrl, string? KeyEnvironmentVariable, bool Json)
{
    /// <summary>The variable the key is read from: <c>--key-env</c>, else the provider's documented one.</summary>
    public string KeyVariable => KeyEnvironmentVariable ?? LiveKeys.VariableFor(Provider);

    /// <summary>
    /// A job client for the provider. The raw key is handed to <paramref name="secrets"/> first, so no message
    /// printed later can carry it.
    /// </summary>
    /// <exception cref="MissingKeyException">The variable is unset, blank or holds an unusable key.</exception>
    public VideoJobClient CreateClient(CliConsole console, SecretScrubber secrets)
    {
        var value = console.Environment.Get(KeyVariable)
            ?? throw new MissingKeyException($"No key: the environment variable {KeyVariable} is not set. Set it to your {Provider} key"
                + (KeyEnvironmentVariable is null ? $" (or name another variable with --key-env)." : "."));
        secrets.Add(value);
        SeedanceApiKey key;
        try
        {
            key = new SeedanceApiKey(value);
        }
        catch (ArgumentException)
        {
            throw new MissingKeyException($"The environment variable {KeyVariable} holds a key with whitespace or control characters (the value is not shown).");
        }
        return SeedanceJobClients.Create(Provider, key, new SeedanceClientOptions { BaseUrl = BaseUrl });
    }

    /// <summary>The options that name this target again on another command line (never the key itself).</summary>
    public string CommandLineSuffix()
    {
        var suffix = $" --provider {Provider}";
        if (BaseUrl is not null) suffix += $" --base-url {Output.StatusText.Quote(BaseUrl.AbsoluteUri)}";
        if (KeyEnvironmentVariable is not null) suffix += $" --key-env {Output.StatusText.Quote(KeyEnvironmentVariable)}";
        return suffix;
    }
}

/// <summary>No usable key for the provider (exit code 4).</summary>
internal sealed class MissingKeyException(string message) : Exception(message);
