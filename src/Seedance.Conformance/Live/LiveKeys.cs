using Seedance.Conformance.Cli;

namespace Seedance.Conformance.Live;

/// <summary>Which environment variable holds each provider's key for live runs.</summary>
public static class LiveKeys
{
    /// <summary>Both CometAPI routes take the same key.</summary>
    public const string CometApi = "COMETAPI_KEY";

    /// <summary>AceData Cloud's token.</summary>
    public const string AceData = "ACEDATA_TOKEN";

    /// <summary>Seedance2.ink's Open API key.</summary>
    public const string Seedance2Ink = "SEEDANCE2INK_KEY";

    /// <summary>The variable for <paramref name="provider"/>.</summary>
    public static string VariableFor(string provider) => provider switch
    {
        "cometapi-videos" or "cometapi-volc" => CometApi,
        "acedata-seedance" => AceData,
        "seedance2-ink" => Seedance2Ink,
        _ => throw new ArgumentException($"unknown provider {provider}", nameof(provider)),
    };

    /// <summary>The key for <paramref name="provider"/> from <paramref name="environment"/>, or null.</summary>
    public static string? Find(ConformanceEnvironment environment, string provider)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return environment.Get(VariableFor(provider));
    }
}
