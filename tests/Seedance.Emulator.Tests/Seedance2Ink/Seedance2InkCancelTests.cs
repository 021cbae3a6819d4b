using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;

namespace Seedance.Emulator.Tests.Seedance2Ink;

/// <summary>Seedance2.ink's cancel: queued or processing jobs only.</summary>
public sealed class Seedance2InkCancelTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task A_queued_or_processing_job_is_cancelled_and_stays_cancelled(int secondsIn)
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.Seedance2Ink);
        var job = await h.Client.SubmitAsync(Seedance2InkLifecycleTests.Request());
        h.Clock.Advance(TimeSpan.FromSeconds(secondsIn));

        var cancelled = await job.CancelAsync();
        h.Clock.Advance(h.Emulator.Options.RenderTime);
        var later = await job.UpdateAsync();

        Assert.Equal(VideoJobState.Cancelled, cancelled.State);
        Assert.Equal("cancelled", later.RawStatus);
        Assert.Null(later.VideoUrl);
    }

    [Fact]
    public async Task Cancelling_a_finished_job_gets_the_documented_400_and_the_job_keeps_its_video()
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.Seedance2Ink);
        var job = await h.Client.SubmitAsync(Seedance2InkLifecycleTests.Request());
        await job.WaitForCompletionAsync(h.Wait());

        using var response = await h.Http.PostAsync($"api/open/v1/video/generations/{job.Id}/cancel", null);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_state", body!["error"]!["code"]!.GetValue<string>());
        Assert.Equal(VideoJobState.Succeeded, (await job.UpdateAsync()).State);
    }

    [Fact]
    public async Task Cancelling_an_unknown_id_is_not_found_for_the_sdk()
    {
        await using var h = await ProviderHarness.StartAsync(ProviderId.Seedance2Ink);

        var missing = await Assert.ThrowsAsync<SeedanceNotFoundException>(() => h.Client.CancelAsync("req_0000000000000000"));

        Assert.Equal("not_found", missing.ProviderCode);
    }
}
