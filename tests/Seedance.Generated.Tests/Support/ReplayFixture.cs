using Seedance.Conformance.Replay;

namespace Seedance.Generated.Tests.Support;

/// <summary>What the replay host received: method, raw request target (as sent, not decoded), headers and body bytes.</summary>
public sealed record CapturedRequest(string Method, string RawTarget, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>A header value (comma-joined when repeated), or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;

    /// <summary>A journal entry's request; <see cref="RecordedRequest.Url"/> is the raw target as sent.</summary>
    public static CapturedRequest From(RecordedRequest request) => new(request.Method, request.Url,
        request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase), request.Body);
}

/// <summary>
/// A replay host per test class (xUnit runs a class's tests one at a time): one catch-all mapping answers
/// every request with the response set by <see cref="Respond"/>; the journal records what arrived.
/// </summary>
public sealed class ReplayFixture : IAsyncLifetime
{
    /// <summary>The replay host.</summary>
    public ReplayHost Host { get; private set; } = null!;

    /// <summary>The base URL, e.g. <c>http://127.0.0.1:54321</c> (no trailing slash).</summary>
    public string BaseUrl => Host.BaseUrl.ToString().TrimEnd('/');

    /// <summary>Every request received since the last <see cref="Respond"/>.</summary>
    public IReadOnlyList<CapturedRequest> Requests => Host.Journal.Requests.Select(e => CapturedRequest.From(e.Request)).ToArray();

    /// <summary>The single request received since the last <see cref="Respond"/>.</summary>
    public CapturedRequest SingleRequest => Assert.Single(Requests);

    /// <summary>Sets the response to every request and forgets earlier requests.</summary>
    public void Respond(int status, string body, string contentType = "application/json")
    {
        Host.Reset();
        Host.Given(RequestPattern.ForPathPattern("ANY", ".*"))
            .RespondWith(new ResponseDefinition { Status = status, Body = body }.WithHeader("Content-Type", contentType));
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        // Whole bodies in the journal: the wire tests compare request bodies byte for byte.
        Host = await ReplayHost.StartAsync(new ReplayHostOptions { JournalBodyLimit = 64 * 1024 * 1024 });
        Respond(200, "");
        Assert.StartsWith("http://127.0.0.1:", BaseUrl, StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public async Task DisposeAsync() => await Host.DisposeAsync();
}
