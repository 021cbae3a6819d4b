namespace Seedance.Cli;

/// <summary>
/// The keys this run read, so every text the tool prints from an exception or a provider body is cleaned of
/// them. The SDK redacts keys already; this is the tool's own guarantee, independent of where a text came from.
/// </summary>
internal sealed class SecretScrubber
{
    private readonly List<string> _secrets = [];

    /// <summary>Remembers a secret (values shorter than 4 characters would mask ordinary text and are ignored).</summary>
    public void Add(string secret)
    {
        if (secret.Length >= 4 && !_secrets.Contains(secret, StringComparer.Ordinal)) _secrets.Add(secret);
    }

    /// <summary>The text with every remembered secret replaced by <c>REDACTED</c>.</summary>
    public string Scrub(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        foreach (var secret in _secrets) text = text.Replace(secret, "REDACTED", StringComparison.Ordinal);
        return text;
    }
}
