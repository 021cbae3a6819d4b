using Seedance.Contracts.Errors;

namespace Seedance.Contracts.Jobs;

/// <summary>
/// Settings shared by every provider job client. The HTTP pipeline settings (base URL, retries,
/// timeouts, logging, primary handler, clock) live in <see cref="Http"/>; each provider's options
/// type adds its own switches.
/// </summary>
public abstract class VideoJobClientOptions
{
    /// <summary>
    /// The pipeline settings for the provider's API: <see cref="SeedanceClientOptions.BaseUrl"/> (a proxy or a
    /// test server), <see cref="SeedanceClientOptions.PrimaryHandler"/>, <see cref="SeedanceClientOptions.TimeProvider"/>,
    /// retries and the per-call timeout. Its <see cref="SeedanceClientOptions.ApiKey"/> is ignored: the key passed to
    /// the client's constructor is used. The client copies these settings when it is built.
    /// </summary>
    public SeedanceClientOptions Http { get; set; } = new();

    /// <summary>
    /// The innermost handler for video downloads, which go to the provider's CDN through a separate
    /// <see cref="HttpClient"/> that never carries the API key. Null uses a <see cref="SocketsHttpHandler"/>
    /// that follows redirects, which the client creates and disposes; a handler given here is not disposed
    /// by the client (it may be shared).
    /// </summary>
    public HttpMessageHandler? DownloadHandler { get; set; }

    /// <summary>
    /// When set, every submitted request's callback URL gets a fresh token (<see cref="SeedanceCallbacks.Protect"/>),
    /// which the app's callback endpoint checks with the same <see cref="SeedanceCallbacks"/>.
    /// </summary>
    public SeedanceCallbacks? Callbacks { get; set; }

    /// <summary>True when <see cref="DownloadHandler"/> is an IHttpClientFactory chain that already has the SDK's log handler.</summary>
    internal bool DownloadHandlersInstalled { get; set; }

    /// <summary>Builds the pipeline options: a copy of <see cref="Http"/> with the key and the client's own quirk mappers.</summary>
    internal SeedanceClientOptions ToPipelineOptions(SeedanceApiKey apiKey, IEnumerable<ISeedanceErrorMapper>? quirkMappers = null)
    {
        var source = Http ?? new SeedanceClientOptions();
        var copy = source.Copy(); // the caller's mappers come first: they may want to override how a quirk surfaces
        copy.ApiKey = apiKey;
        foreach (var mapper in quirkMappers ?? []) copy.ErrorMappers.Add(mapper);
        return copy;
    }
}
