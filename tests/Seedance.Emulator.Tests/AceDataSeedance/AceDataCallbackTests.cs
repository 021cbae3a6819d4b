using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Providers.AceDataSeedance;

namespace Seedance.Emulator.Tests.AceDataSeedance;

/// <summary>
/// AceData's <c>callback_url</c>: the final result (the videos reply), once, when the job ends, received by an
/// app endpoint built with <c>MapSeedanceCallbacks</c>. The clock moves only by <c>Advance</c> here, so each
/// callback is due exactly when the test says.
/// </summary>
public sealed class AceDataCallbackTests : IAsyncLifetime
{
    private ProviderHarness _h = null!;
    private CallbackReceiver _receiver = null!;
    private AceDataSeedanceJobClient _client = null!;

    public async Task InitializeAsync()
    {
        _h = await ProviderHarness.StartAsync(ProviderId.AceDataSeedance, autoAdvance: false);
        _receiver = await CallbackReceiver.StartAsync();
        _client = new AceDataSeedanceJobClient(_h.Emulator.ApiKey, new AceDataSeedanceOptions
        {
            Http = new SeedanceClientOptions { BaseUrl = _h.Emulator.GetBaseUrl(ProviderId.AceDataSeedance), TimeProvider = _h.Clock },
            Callbacks = _receiver.Callbacks,
        });
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _h.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    private Task<VideoJob> SubmitAsync(string prompt = "A red fox runs through snow") =>
        _client.SubmitAsync(AceDataLifecycleTests.Request(prompt) with { CallbackUrl = _receiver.Url(ProviderId.AceDataSeedance) });

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
        Assert.NotNull(status.VideoUrl);
    }

    [Fact]
    public async Task No_callback_is_sent_while_the_job_is_queued_or_running()
    {
        await SubmitAsync();

        await AdvanceAsync(_h.Emulator.Options.QueueTime + TimeSpan.FromMilliseconds(100));

        Assert.Equal(0, _receiver.Posts);
    }

    [Fact]
    public async Task A_failed_job_calls_back_with_its_error_and_the_sdk_reads_it_as_failed()
    {
        var job = await SubmitAsync("A red fox [emulate:fail]");

        await AdvanceAsync(_h.Emulator.Options.RenderTime);

        var status = Assert.Single(_receiver.Received);
        Assert.Equal(job.Id, status.JobId);
        Assert.Equal(VideoJobState.Failed, status.State);
        Assert.Equal("api_error", status.Error?.Code);
    }

    [Fact]
    public async Task A_callback_the_app_answers_with_an_error_is_not_resent()
    {
        _receiver.Failing = true;
        await SubmitAsync();

        await AdvanceAsync(_h.Emulator.Options.RenderTime);
        await AdvanceAsync(TimeSpan.FromMinutes(10));

        // AceData documents no retry of its callback.
        Assert.Equal(1, _receiver.Posts);
        Assert.Empty(_receiver.Received);
    }
}
