using Microsoft.Kiota.Abstractions;
using Seedance.Contracts.Errors;

namespace Seedance.Contracts.Http;

/// <summary>
/// Marks a request whose deadline <see cref="SeedanceCall"/> already enforces (its deadline also covers
/// reading and parsing the body, which happens outside the handler chain), so
/// <see cref="CallTimeoutHandler"/> does not start a second timer.
/// </summary>
internal sealed class CallDeadlineOption : IRequestOption
{
    public static CallDeadlineOption Instance { get; } = new();
}

/// <summary>
/// Outermost handler: one deadline for the whole call, covering every attempt and every backoff wait.
/// Separate from <see cref="HttpClient.Timeout"/>, which the pipeline sets to infinite because it would
/// otherwise surface as an ambiguous <see cref="TaskCanceledException"/>. When the deadline passes the
/// call fails with <see cref="SeedanceTimeoutException"/>; when the caller's own token is cancelled it
/// fails with <see cref="OperationCanceledException"/>. The two are never confused.
/// </summary>
public sealed class CallTimeoutHandler : DelegatingHandler
{
    private readonly TimeSpan? _timeout;
    private readonly TimeProvider _time;
    private readonly string? _provider;

    /// <summary>Creates the handler.</summary>
    /// <param name="timeout">The per-call limit; null or <see cref="Timeout.InfiniteTimeSpan"/> turns it off.</param>
    /// <param name="timeProvider">The clock; tests pass a fake.</param>
    /// <param name="provider">The provider id, for the exception.</param>
    public CallTimeoutHandler(TimeSpan? timeout, TimeProvider? timeProvider = null, string? provider = null)
    {
        _timeout = timeout == Timeout.InfiniteTimeSpan ? null : timeout;
        _time = timeProvider ?? TimeProvider.System;
        _provider = provider;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_timeout is not { } timeout || request.GetOption<CallDeadlineOption>() is not null)
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);

        using var deadline = new CancellationTokenSource(timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return await base.SendAsync(request, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw SeedanceCall.CallTimedOut(_provider, timeout, request.GetOption<ResponseCaptureOption>(), exception);
        }
    }
}
