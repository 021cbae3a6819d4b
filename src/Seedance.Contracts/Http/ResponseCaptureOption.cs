using System.Net;
using Microsoft.Kiota.Abstractions;
using Seedance.Contracts.Errors;

namespace Seedance.Contracts.Http;

/// <summary>
/// Per-call slot that <see cref="ErrorCaptureHandler"/> fills with what Kiota does not keep: the final
/// response's status, redacted headers, <c>Retry-After</c> and the start of its body. <see cref="SeedanceCall"/>
/// attaches a fresh one to every call and hands it to <see cref="ErrorTranslator"/> when the call fails.
/// </summary>
internal sealed class ResponseCaptureOption : IRequestOption
{
    private byte[]? _body;

    /// <summary>The final response's status, or null when no response arrived.</summary>
    public HttpStatusCode? StatusCode { get; internal set; }

    /// <summary>The final response's headers (response and content headers), redacted.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? Headers { get; internal set; }

    /// <summary>The wait the final response asked for, measured when it arrived.</summary>
    public TimeSpan? RetryAfter { get; internal set; }

    /// <summary>
    /// True when the body was longer than what was kept (error bodies are read up to
    /// <see cref="ErrorCaptureHandler.MaxBufferedErrorBodyBytes"/>) or the connection broke while reading it.
    /// </summary>
    public bool BodyTruncated { get; internal set; }

    /// <summary>The start of the body as text, capped at <see cref="SeedanceException.MaxRawBodyBytes"/> on a UTF-8 boundary.</summary>
    public string? RawBody => _body is null ? null : RawBodyText.Cap(_body);

    /// <summary>The bytes kept (up to the error-body limit for failures, up to the raw-body cap for successes).</summary>
    internal ReadOnlyMemory<byte> BodyBytes => _body;

    internal void SetBody(byte[] body, bool truncated)
    {
        _body = body;
        BodyTruncated = truncated;
    }
}
