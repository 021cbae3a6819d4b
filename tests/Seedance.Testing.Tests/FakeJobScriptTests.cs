using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Jobs;

namespace Seedance.Testing.Tests;

public sealed class FakeJobScriptTests
{
    [Fact]
    public async Task Submit_returns_a_job_showing_the_scripts_first_status()
    {
        var fake = new FakeVideoJobClient(ProviderId.Seedance2Ink);

        var job = await fake.SubmitAsync(Kit.ValidRequest());

        Assert.Equal(VideoJobState.Queued, job.State);
        Assert.Equal(ProviderId.Seedance2Ink, job.Provider);
        Assert.Empty(fake.CallsOf(FakeVideoJobCallKind.GetStatus));
    }

    [Fact]
    public async Task Status_reads_walk_the_script_and_repeat_its_last_step()
    {
        var fake = new FakeVideoJobClient().EnqueueJob(FakeJobScript.Create().Queued().Running(30).Succeeded());
        var job = await fake.SubmitAsync(Kit.ValidRequest());

        var states = new List<VideoJobState>();
        for (var i = 0; i < 5; i++) states.Add((await fake.GetStatusAsync(job.Id)).State);

        Assert.Equal([VideoJobState.Queued, VideoJobState.Running, VideoJobState.Succeeded, VideoJobState.Succeeded, VideoJobState.Succeeded], states);
    }

    [Fact]
    public async Task Enqueued_scripts_are_used_in_submit_order_then_the_default()
    {
        var fake = new FakeVideoJobClient()
            .EnqueueJob(FakeJobScript.Fails("first", null))
            .EnqueueJob(FakeJobScript.Expires());

        var first = await (await fake.SubmitAsync(Kit.ValidRequest())).WaitForCompletionAsync(new WaitOptions { ThrowOnFailure = false, MinPollInterval = TimeSpan.Zero });
        var second = await (await fake.SubmitAsync(Kit.ValidRequest())).WaitForCompletionAsync(fake.DefaultWaitOptions with { ThrowOnFailure = false });
        var third = await (await fake.SubmitAsync(Kit.ValidRequest())).WaitForCompletionAsync();

        Assert.Equal(("first", VideoJobState.Failed), (first.Error?.Code, first.State));
        Assert.Equal(VideoJobState.Expired, second.State);
        Assert.Equal(VideoJobState.Succeeded, third.State);
    }

    [Fact]
    public async Task Waiting_on_a_scripted_failure_throws_the_providers_code_and_message()
    {
        var fake = new FakeVideoJobClient().EnqueueJob(FakeJobScript.Fails("OutputVideoSensitiveContentDetected", "The output video may contain sensitive content."));
        var job = await fake.SubmitAsync(Kit.ValidRequest());

        var failure = await Assert.ThrowsAsync<SeedanceJobFailedException>(() => job.WaitForCompletionAsync());

        Assert.Equal("OutputVideoSensitiveContentDetected", failure.ProviderCode);
        Assert.Equal("The output video may contain sensitive content.", failure.ProviderMessage);
        Assert.Equal(VideoJobState.Failed, failure.FinalStatus.State);
    }

    [Fact]
    public async Task A_read_scripted_to_throw_throws_once_and_the_next_read_goes_on()
    {
        var outage = SeedanceModelFactory.SeedanceServerException();
        var fake = new FakeVideoJobClient().EnqueueJob(FakeJobScript.Create().Queued().ThenThrows(outage).Succeeded());
        var job = await fake.SubmitAsync(Kit.ValidRequest());

        await fake.GetStatusAsync(job.Id);
        var thrown = await Assert.ThrowsAsync<SeedanceServerException>(() => fake.GetStatusAsync(job.Id));
        var after = await fake.GetStatusAsync(job.Id);

        Assert.Same(outage, thrown);
        Assert.Equal(VideoJobState.Succeeded, after.State);
    }

    [Fact]
    public async Task A_submit_scripted_to_throw_throws_and_creates_no_job()
    {
        var limited = SeedanceModelFactory.SeedanceRateLimitException(TimeSpan.FromSeconds(7));
        var fake = new FakeVideoJobClient().EnqueueJob(FakeJobScript.SubmitThrows(limited));

        var thrown = await Assert.ThrowsAsync<SeedanceRateLimitException>(() => fake.SubmitAsync(Kit.ValidRequest()));

        Assert.Same(limited, thrown);
        var call = Assert.Single(fake.Calls);
        Assert.Equal((FakeVideoJobCallKind.Submit, (string?)null), (call.Kind, call.JobId));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Statuses_show_the_words_the_providers_spec_documents(string provider)
    {
        var documented = Kit.SpecStatusWords(provider);
        var fake = new FakeVideoJobClient(provider);
        foreach (var state in documented.Select(w => w.State).Distinct())
        {
            var script = state.IsTerminal() ? FakeJobScript.Create().Then(state) : FakeJobScript.Create().Then(state).Succeeded();
            fake.EnqueueJob(script);
            var job = await fake.SubmitAsync(Kit.ValidRequest(provider));
            var read = await job.UpdateAsync();

            Assert.Contains((read.RawStatus!, state), documented);
        }
    }

    [Fact]
    public async Task A_state_the_provider_has_no_word_for_shows_no_word()
    {
        // CometAPI /v1/videos documents no "expired".
        var fake = new FakeVideoJobClient(ProviderId.CometApiVideos).EnqueueJob(FakeJobScript.Expires());
        var job = await fake.SubmitAsync(Kit.ValidRequest(ProviderId.CometApiVideos));

        var status = await job.WaitForCompletionAsync(fake.DefaultWaitOptions with { ThrowOnFailure = false });

        Assert.Equal((VideoJobState.Expired, (string?)null), (status.State, status.RawStatus));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Progress_shows_only_where_the_provider_reports_a_percentage(string provider)
    {
        var fake = new FakeVideoJobClient(provider).EnqueueJob(FakeJobScript.Create().Running(40).Succeeded());
        var job = await fake.SubmitAsync(Kit.ValidRequest(provider));

        Assert.Equal(Capabilities.For(provider).ProgressPercentage ? 40 : null, job.Progress);
    }

    [Fact]
    public async Task A_succeeded_status_carries_a_video_url_that_never_resolves()
    {
        var fake = new FakeVideoJobClient();
        var job = await fake.SubmitAsync(Kit.ValidRequest());

        var done = await job.WaitForCompletionAsync();

        Assert.Equal(FakeVideoJobClient.VideoHost, done.VideoUrl?.Host);
        Assert.EndsWith(".invalid", done.VideoUrl!.Host, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_job_id_is_not_found()
    {
        var fake = new FakeVideoJobClient();

        var failure = await Assert.ThrowsAsync<SeedanceNotFoundException>(() => fake.GetStatusAsync("never-submitted"));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, failure.StatusCode);
    }

    [Fact]
    public void A_malformed_job_id_is_refused_with_the_real_clients_message()
    {
        var fake = new FakeVideoJobClient(ProviderId.AceDataSeedance);
        using var real = SeedanceJobClients.Create(ProviderId.AceDataSeedance, new SeedanceApiKey("sk-not-used-0000"));

        var fromFake = Assert.Throws<ArgumentException>(() => { fake.GetJob("../tasks"); });
        var fromReal = Assert.Throws<ArgumentException>(() => { real.GetJob("../tasks"); });

        Assert.Equal(fromReal.Message, fromFake.Message);
    }

    [Fact]
    public async Task An_added_job_can_be_resumed_from_its_saved_id()
    {
        var fake = new FakeVideoJobClient();
        fake.AddJob("saved-job-42", FakeJobScript.Create().Running(80).Succeeded());

        var job = fake.GetJob("saved-job-42");
        var done = await job.WaitForCompletionAsync();

        Assert.Equal(("saved-job-42", VideoJobState.Succeeded), (done.JobId, done.State));
        Assert.Empty(fake.Submissions);
    }

    [Fact]
    public void A_script_cannot_go_on_after_a_terminal_status()
    {
        Assert.Throws<InvalidOperationException>(() => FakeJobScript.Create().Succeeded().Running());
    }

    [Fact]
    public void An_empty_script_is_refused_when_enqueued()
    {
        Assert.Throws<ArgumentException>(() => new FakeVideoJobClient().EnqueueJob(FakeJobScript.Create()));
    }

    public static TheoryData<string> Providers() => new(ProviderId.All);
}
