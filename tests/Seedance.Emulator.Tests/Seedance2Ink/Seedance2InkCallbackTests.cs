using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Providers.Seedance2Ink;

namespace Seedance.Emulator.Tests.Seedance2Ink;

/// <summary>
/// Seedance2.ink's <c>webhookUrl</c>: the final status reply, once, when the job ends or is cancelled, received
/// by an app endpoint built with <c>MapSeedanceCallbacks</c>. The clock moves only by <c>Advance</c> here.
/// </summary>
public sealed class Seedance2InkCallbackTests : IAsyncLifetime
{
    private ProviderHarness _h = null!;
    private CallbackReceiver _receiver = null!;
    private Seedance2InkJobClient _client = null!;

    public async Task InitializeAsync()
    {
        _h = await ProviderHarness.StartAsync(ProviderId.Seedance2Ink, autoAdvance: false);
        _receiver = await CallbackReceiver.StartAsync();
        _client = new Seedance2InkJobClient(_h.Emulator.ApiKey, new Seedance2InkOptions
        {
            Http = new SeedanceClientOptions { BaseUrl = _h.Emulator.GetBaseUrl(ProviderId.Seedance2Ink), TimeProvider = _h.Clock },
            Callbacks = _receiver.Callbacks,
        });
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _h.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    private Task<VideoJob> SubmitAsync(string prompt = "A river flowing through an autumn forest") =>
        _client.SubmitAsync(Seedance2InkLifecycleTests.Request(prompt) with { CallbackUrl = _receiver.Url(ProviderId.Seedance2Ink) });

    private async Task AdvanceAsync(TimeSpan by)
    {
        _h.Clock.Advance(by);
        await _h.Emulator.FlushCallbacksAsync();
    }

    [Fact]
    public async Task A_finished_job_calls_back_once_with_its_video_and_the_sdk_reads_it_as_succeeded()
    {
        var job = await SubmitAsync();

        await AdvanceAsync(_h.Emulator.Options.RenderTime);

        var status = Assert.Single(_receiver.Received);
        Assert.Equal(job.Id, status.JobId);
        Assert.Equal(VideoJobState.Succeeded, status.State);
        Assert.Equal("succeeded", status.RawStatus);
        Assert.NotNull(status.VideoUrl);
    }

    [Fact]
    public async Task No_callback_is_sent_while_the_job_is_queued_or_processing()
    {
        await SubmitAsync();

        await AdvanceAsync(_h.Emulator.Options.QueueTime + TimeSpan.FromMilliseconds(100));

        Assert.Equal(0, _receiver.Posts);
    }

    [Fact]
    public async Task A_failed_job_calls_back_with_its_error_and_the_sdk_reads_it_as_failed()
    {
        var job = await SubmitAsync("A river [emulate:moderation]");

        await AdvanceAsync(_h.Emulator.Options.RenderTime);

        var status = Assert.Single(_receiver.Received);
        Assert.Equal(job.Id, status.JobId);
        Assert.Equal(VideoJobState.Failed, status.State);
        Assert.Equal("content_policy_violation", status.Error?.Code);
    }

    [Fact]
    public async Task A_cancelled_job_calls_back_once_as_cancelled_and_not_again_when_its_render_time_passes()
    {
        var job = await SubmitAsync();

        await job.CancelAsync();
        await _h.Emulator.FlushCallbacksAsync();
        await AdvanceAsync(_h.Emulator.Options.RenderTime);

        var status = Assert.Single(_receiver.Received);
        Assert.Equal(VideoJobState.Cancelled, status.State);
        Assert.Equal(1, _receiver.Posts);
    }

    [Fact]
    public async Task A_callback_the_app_answers_with_an_error_is_not_resent()
    {
        _receiver.Failing = true;
        await SubmitAsync();

        await AdvanceAsync(_h.Emulator.Options.RenderTime);
        await AdvanceAsync(TimeSpan.FromMinutes(10));

        // Seedance2.ink publishes no retry policy, so the emulator sends once.
        Assert.Equal(1, _receiver.Posts);
        Assert.Empty(_receiver.Received);
    }
}
