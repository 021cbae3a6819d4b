using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Time.Testing;
using Seedance.Contracts.Catalog;
using Seedance.Emulator.Engine;

namespace Seedance.Emulator.Tests.Engine;

/// <summary>
/// The engine sends a dialect's callbacks when the job's phase changes on the emulator's clock, and
/// resends on a non-2xx answer as often as the dialect says. Provider bodies are tested per provider.
/// </summary>
public sealed class CallbackTimingTests : IAsyncLifetime
{
    private readonly TimerWatchingClock _clock = new();
    private readonly ConcurrentQueue<(string Phase, int Attempt)> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private WebApplication _receiver = null!;
    private int _failFirst;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _receiver = builder.Build();
        var attempts = new ConcurrentDictionary<string, int>();
        _receiver.MapPost("/hook", (Delegate)(async (HttpContext context) =>
        {
            var body = await JsonNode.ParseAsync(context.Request.Body);
            var phase = body!["phase"]!.GetValue<string>();
            var attempt = attempts.AddOrUpdate(phase, 1, (_, n) => n + 1);
            _received.Enqueue((phase, attempt));
            _arrived.Release();
            return attempt <= Volatile.Read(ref _failFirst) ? Results.StatusCode(500) : Results.Ok();
        }));
        await _receiver.StartAsync();
    }

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    private Uri Hook => new(_receiver.Urls.First() + "/hook");

    [Fact]
    public async Task Every_change_dialects_call_back_on_queued_running_and_the_end_each_when_it_happens()
    {
        await using var emulator = await StartAsync();
        var dialect = new TestDialect(emulator, everyChange: true, attempts: 1);
        var job = emulator.State.Submit(ProviderId.Seedance2Ink, "j", "m", "p", Hook, []);

        emulator.Callbacks.Schedule(job, dialect);
        await ArrivalsAsync(1);
        _clock.Advance(TimeSpan.FromSeconds(0.5));
        await ArrivalsAsync(1);
        Assert.Equal(["Queued", "Running"], _received.Select(r => r.Phase));
        _clock.Advance(TimeSpan.FromSeconds(2.5));
        await ArrivalsAsync(1);

        Assert.Equal(["Queued", "Running", "Succeeded"], _received.Select(r => r.Phase));
    }

    [Fact]
    public async Task Final_only_dialects_call_back_once_at_the_end()
    {
        await using var emulator = await StartAsync();
        var dialect = new TestDialect(emulator, everyChange: false, attempts: 1);
        var job = emulator.State.Submit(ProviderId.Seedance2Ink, "j", "m", "p [emulate:fail]", Hook, []);

        emulator.Callbacks.Schedule(job, dialect);
        _clock.Advance(TimeSpan.FromSeconds(2.9));
        await emulator.FlushCallbacksAsync();
        Assert.Empty(_received);
        _clock.Advance(TimeSpan.FromSeconds(0.1));
        await ArrivalsAsync(1);

        Assert.Equal(["Failed"], _received.Select(r => r.Phase));
    }

    [Fact]
    public async Task A_callback_answered_500_is_resent_after_a_pause_up_to_the_attempts()
    {
        Volatile.Write(ref _failFirst, 5);
        await using var emulator = await StartAsync();
        var dialect = new TestDialect(emulator, everyChange: false, attempts: 3);
        var job = emulator.State.Submit(ProviderId.Seedance2Ink, "j", "m", "p", Hook, []);

        emulator.Callbacks.Schedule(job, dialect);
        _clock.Advance(TimeSpan.FromSeconds(3));
        await ArrivalsAsync(1);
        await _clock.TimerArmedAsync(TimeSpan.FromSeconds(1));
        _clock.Advance(TimeSpan.FromSeconds(1));
        await ArrivalsAsync(1);
        await _clock.TimerArmedAsync(TimeSpan.FromSeconds(2));
        _clock.Advance(TimeSpan.FromSeconds(2));
        await ArrivalsAsync(1);
        _clock.Advance(TimeSpan.FromSeconds(60));
        await emulator.FlushCallbacksAsync();

        Assert.Equal([1, 2, 3], _received.Select(r => r.Attempt));
    }

    [Fact]
    public async Task A_cancelled_job_calls_back_cancelled_and_not_its_scheduled_end()
    {
        await using var emulator = await StartAsync();
        var dialect = new TestDialect(emulator, everyChange: false, attempts: 1);
        var job = emulator.State.Submit(ProviderId.Seedance2Ink, "j", "m", "p", Hook, []);
        emulator.Callbacks.Schedule(job, dialect);
        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.True(job.TryCancel(_clock.GetUtcNow()));
        emulator.Callbacks.Cancelled(job, dialect);
        await ArrivalsAsync(1);
        _clock.Advance(TimeSpan.FromSeconds(10));
        await emulator.FlushCallbacksAsync();

        Assert.Equal(["Cancelled"], _received.Select(r => r.Phase));
    }

    private Task<SeedanceEmulator> StartAsync()
    {
        var options = new SeedanceEmulatorOptions { TimeProvider = _clock, QueueTime = TimeSpan.FromSeconds(0.5), RenderTime = TimeSpan.FromSeconds(3) };
        options.Providers.Clear();
        options.Providers.Add(ProviderId.Seedance2Ink);
        return SeedanceEmulator.StartAsync(options);
    }

    private async Task ArrivalsAsync(int count)
    {
        for (var i = 0; i < count; i++)
            Assert.True(await _arrived.WaitAsync(TimeSpan.FromSeconds(30)), "a callback that was due did not arrive");
    }

    // The resend pause is armed after the 500 has been read: advancing the clock before that would be lost.
    private sealed class TimerWatchingClock : FakeTimeProvider
    {
        private readonly global::System.Threading.Channels.Channel<TimeSpan> _armed = global::System.Threading.Channels.Channel.CreateUnbounded<TimeSpan>();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            _armed.Writer.TryWrite(dueTime);
            return timer;
        }

        public async Task TimerArmedAsync(TimeSpan dueTime)
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (await _armed.Reader.ReadAsync(deadline.Token) != dueTime)
            {
            }
        }
    }

    private sealed class TestDialect(SeedanceEmulator emulator, bool everyChange, int attempts) : ProviderDialect(emulator.State, emulator.Callbacks)
    {
        public override string Provider => ProviderId.Seedance2Ink;

        public override bool CallbackOnEveryChange => everyChange;

        public override int CallbackAttempts => attempts;

        public override void MapRoutes(IEndpointRouteBuilder routes)
        {
        }

        public override JsonNode? CallbackBody(EmulatedJob job, JobPhase phase) => new JsonObject { ["id"] = job.Id, ["phase"] = phase.ToString() };
    }
}
