using System.Collections.Specialized;
using System.Security.Cryptography;
using System.Text;
using System.Web;
using Seedance.Contracts.Callbacks;

namespace Seedance.Contracts;

/// <summary>
/// Protection and reading of provider callbacks. None of the providers signs its callbacks, so the SDK adds
/// an unguessable token to each callback URL when submitting (<see cref="Protect"/>: a random nonce and an
/// HMAC-SHA256 of it under the app's secret, so nothing needs storing) and checks it on receipt in constant
/// time (<see cref="Receive"/>). A token proves the request came to a URL this app handed out, not that its
/// body is true: <see cref="ConfirmAsync"/> reads the job's status from the API before the app trusts a result.
/// Safe to share between threads.
/// </summary>
public sealed class SeedanceCallbacks
{
    /// <summary>The query parameter that carries the nonce.</summary>
    public const string NonceParameter = "sd_nonce";

    /// <summary>The query parameter that carries the token.</summary>
    public const string TokenParameter = "sd_token";

    private readonly SeedanceCallbackOptions _options;
    private readonly object _gate = new();
    private readonly LinkedList<string> _order = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    /// <summary>Creates the receiver.</summary>
    /// <exception cref="ArgumentException">The secret is shorter than 32 bytes.</exception>
    public SeedanceCallbacks(SeedanceCallbackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Secret);
        if (options.Secret.Length < 32) throw new ArgumentException("The callback secret must be at least 32 bytes (256 bits).", nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxBodyBytes, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.DeduplicationCapacity, 1, nameof(options));
        _options = options with { Secret = (byte[])options.Secret.Clone() };
    }

    /// <summary>The largest callback body <see cref="Receive"/> accepts (<see cref="SeedanceCallbackOptions.MaxBodyBytes"/>).</summary>
    public int MaxBodyBytes => _options.MaxBodyBytes;

    /// <summary>
    /// <paramref name="callbackUrl"/> with a fresh nonce and its token added to the query. Clients given this
    /// receiver (<see cref="Jobs.VideoJobClientOptions.Callbacks"/>) do this to every request's callback URL on submit.
    /// </summary>
    public Uri Protect(Uri callbackUrl)
    {
        ArgumentNullException.ThrowIfNull(callbackUrl);
        if (!callbackUrl.IsAbsoluteUri) throw new ArgumentException("The callback URL must be absolute.", nameof(callbackUrl));
        var nonce = Base64Url(RandomNumberGenerator.GetBytes(16));
        var query = HttpUtility.ParseQueryString(callbackUrl.Query);
        query.Remove(NonceParameter);
        query.Remove(TokenParameter);
        query[NonceParameter] = nonce;
        query[TokenParameter] = Token(nonce);
        return new UriBuilder(callbackUrl) { Query = query.ToString() }.Uri;
    }

    /// <summary>True when <paramref name="requestUrl"/> carries a nonce and the token this app's secret gives it.</summary>
    public bool HasValidToken(Uri requestUrl)
    {
        ArgumentNullException.ThrowIfNull(requestUrl);
        var text = requestUrl.IsAbsoluteUri ? requestUrl.Query : requestUrl.OriginalString;
        var start = text.IndexOf('?', StringComparison.Ordinal);
        return Valid(HttpUtility.ParseQueryString(start < 0 ? string.Empty : text[start..]));
    }

    /// <summary>
    /// Checks the token, the size and the body of one callback request and reads it as the job's status.
    /// A repeated delivery of the same job status is marked <see cref="SeedanceCallback.IsDuplicate"/>.
    /// </summary>
    /// <param name="provider">The provider the endpoint is for, e.g. <c>cometapi-volc</c>.</param>
    /// <param name="requestUrl">The URL the request came to (with its query).</param>
    /// <param name="body">The request body.</param>
    /// <exception cref="SeedanceCallbackRejectedException">The token, size or body is wrong; <see cref="SeedanceCallbackRejectedException.Rejection"/> says which.</exception>
    public SeedanceCallback Receive(string provider, Uri requestUrl, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(body);
        // The token first: a stranger learns nothing about bodies, sizes or providers.
        if (!HasValidToken(requestUrl))
            throw new SeedanceCallbackRejectedException(SeedanceCallbackRejection.BadToken, "The callback URL carries no valid token; it was not handed out by this app.", provider);
        if (body.Length > _options.MaxBodyBytes)
            throw new SeedanceCallbackRejectedException(SeedanceCallbackRejection.TooLarge, $"The callback body is {body.Length} bytes, more than {_options.MaxBodyBytes}.", provider);
        var status = CallbackBodies.Read(provider, body);
        // The receiver holds no API key; bearer tokens in a provider's failure text are still scrubbed.
        if (status.Error is { } error)
            status = status with { Error = new VideoJobError(error.Code is null ? null : Http.Redactor.Default.Scrub(error.Code), error.Message is null ? null : Http.Redactor.Default.Scrub(error.Message)) };
        return new SeedanceCallback(status, !FirstDelivery($"{provider}\n{status.JobId}\n{status.State}\n{status.RawStatus}\n{status.VideoUrl?.GetLeftPart(UriPartial.Path)}"));
    }

    /// <summary>
    /// Reads the job's status from the provider's API: what the app should trust before acting on a callback
    /// (a token proves the URL, not the body). Returns the fresh status.
    /// </summary>
    public static Task<VideoJobStatus> ConfirmAsync(IVideoJobClient client, SeedanceCallback callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(callback);
        if (!string.Equals(client.Provider, callback.Status.Provider, StringComparison.Ordinal))
            throw new ArgumentException($"The callback is from {callback.Status.Provider}, the client is for {client.Provider}.", nameof(client));
        return client.GetStatusAsync(callback.Status.JobId, cancellationToken);
    }

    private bool Valid(NameValueCollection query)
    {
        var nonce = query[NonceParameter];
        var token = query[TokenParameter];
        if (string.IsNullOrEmpty(nonce) || string.IsNullOrEmpty(token)) return false;
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Token(nonce)), Encoding.ASCII.GetBytes(token));
    }

    private string Token(string nonce) => Base64Url(HMACSHA256.HashData(_options.Secret, Encoding.UTF8.GetBytes(nonce)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>True the first time <paramref name="key"/> is seen; the oldest keys are forgotten past the capacity.</summary>
    private bool FirstDelivery(string key)
    {
        lock (_gate)
        {
            if (!_seen.Add(key)) return false;
            _order.AddLast(key);
            if (_order.Count > _options.DeduplicationCapacity)
            {
                _seen.Remove(_order.First!.Value);
                _order.RemoveFirst();
            }
            return true;
        }
    }
}
