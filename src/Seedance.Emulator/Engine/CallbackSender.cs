using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Seedance.Emulator.Engine;

/// <summary>
/// Posts provider callback bodies to the URL a create request carried, at the moments the job's
/// timeline says, on the emulator's clock (so a fake clock fires them deterministically).
/// </summary>
internal sealed class CallbackSender : IAsyncDisposable
{
    private readonly EmulatorState _state;
    private readonly HttpClient _http;
    private readonly ILogger _log;
    private readonly List<ITimer> _timers = [];
    private readonly List<Task> _sends = [];
    private readonly CancellationTokenSource _stopping = new();

    public CallbackSender(EmulatorState state)
    {
        _state = state;
        // Callbacks go to the app under test, usually on loopback: no proxy, a short timeout.
        _http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(10) };
        _log = state.Options.LoggerFactory?.CreateLogger("Seedance.Emulator.Callbacks") ?? NullLogger.Instance;
    }

    /// <summary>Sends every callback the dialect wants for the job's timeline, each when its phase begins.</summary>
    public void Schedule(EmulatedJob job, ProviderDialect dialect)
    {
        if (job.CallbackUrl is null) return;
        if (dialect.CallbackOnEveryChange) Fire(job, dialect, JobPhase.Queued);
        foreach (var (at, phase) in job.Timeline.Transitions())
        {
            if (!dialect.CallbackOnEveryChange && !phase.IsTerminal()) continue;
            var due = at - (_state.Now - job.SubmittedAt);
            var timer = _state.Clock.CreateTimer(_ =>
            {
                // A job cancelled before this moment has had its callback already (see Cancelled).
                if (job.CancelledAt is { } c && c <= job.SubmittedAt + at) return;
                Fire(job, dialect, phase);
            }, null, due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
            lock (_timers) _timers.Add(timer);
        }
    }

    /// <summary>The job was cancelled: its final callback now.</summary>
    public void Cancelled(EmulatedJob job, ProviderDialect dialect)
    {
        if (job.CallbackUrl is not null) Fire(job, dialect, JobPhase.Cancelled);
    }

    private void Fire(EmulatedJob job, ProviderDialect dialect, JobPhase phase)
    {
        var body = dialect.CallbackBody(job, phase);
        if (body is null || _stopping.IsCancellationRequested) return;
        var send = SendAsync(job.CallbackUrl!, body, dialect.CallbackAttempts, _stopping.Token);
        lock (_sends)
        {
            _sends.RemoveAll(t => t.IsCompleted);
            _sends.Add(send);
        }
    }

    private async Task SendAsync(Uri url, JsonNode body, int attempts, CancellationToken cancellationToken)
    {
        var json = body.ToJsonString(ProviderDialect.WireJson);
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            try
            {
                using var content = new StringContent(json, Encoding.UTF8);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await _http.PostAsync(url, content, cancellationToken).ConfigureAwait(false);
                _log.LogInformation("Callback to {Url}: {Status} (attempt {Attempt})", url.GetLeftPart(UriPartial.Path), (int)response.StatusCode, attempt);
                if (response.IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                _log.LogInformation("Callback to {Url} failed: {Error} (attempt {Attempt})", url.GetLeftPart(UriPartial.Path), e.Message, attempt);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            if (attempt < attempts)
            {
                // Resent after a pause on the emulator's clock (1 s, 2 s, ...).
                try { await Task.Delay(TimeSpan.FromSeconds(attempt), _state.Clock, cancellationToken).ConfigureAwait(false); }
                catch (OperationCanceledException) { return; }
            }
        }
    }

    /// <summary>Waits for the callbacks in flight (tests use it to see every callback that was due).</summary>
    public async Task DrainAsync()
    {
        Task[] pending;
        lock (_sends) pending = _sends.ToArray();
        await Task.WhenAll(pending).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        lock (_timers)
        {
            foreach (var t in _timers) t.Dispose();
            _timers.Clear();
        }
        try { await DrainAsync().ConfigureAwait(false); }
        catch (Exception e) when (e is OperationCanceledException or HttpRequestException) { }
        _http.Dispose();
        _stopping.Dispose();
    }
}
