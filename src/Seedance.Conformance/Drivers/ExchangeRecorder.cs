namespace Seedance.Conformance.Drivers;

/// <summary>
/// The innermost delegating handler of a scenario's pipeline: it keeps every exchange, so checks can
/// compare the typed result with the body that actually arrived, Prism's verdict headers can be read,
/// and record mode can save what the live API said. Bodies are small JSON documents, so buffering
/// them is fine.
/// </summary>
internal sealed class ExchangeRecorder : DelegatingHandler
{
    private readonly List<RecordedExchange> _exchanges = [];

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    public ExchangeRecorder(HttpMessageHandler inner) : base(inner)
    {
    }

    /// <summary>The exchanges so far, in order.</summary>
    public IReadOnlyList<RecordedExchange> Exchanges
    {
        get
        {
            lock (_exchanges) return [.. _exchanges];
        }
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        byte[]? requestBody = null;
        if (request.Content is not null)
        {
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            requestBody = await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        var responseBody = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var exchange = new RecordedExchange(
            request.Method.Method,
            request.RequestUri!,
            Headers(request.Headers, request.Content?.Headers),
            requestBody,
            request.Content?.Headers.ContentType?.ToString(),
            (int)response.StatusCode,
            Headers(response.Headers, response.Content.Headers),
            responseBody);
        lock (_exchanges) _exchanges.Add(exchange);
        return response;
    }

    private static List<KeyValuePair<string, string>> Headers(System.Net.Http.Headers.HttpHeaders headers, System.Net.Http.Headers.HttpHeaders? content)
    {
        var list = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in headers) list.AddRange(values.Select(v => new KeyValuePair<string, string>(name, v)));
        if (content is not null)
        {
            foreach (var (name, values) in content) list.AddRange(values.Select(v => new KeyValuePair<string, string>(name, v)));
        }
        return list;
    }
}
