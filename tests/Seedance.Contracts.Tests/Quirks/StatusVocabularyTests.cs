using System.Text.Json.Nodes;
using Seedance.Conformance.Replay;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Quirks;
using Seedance.Contracts.Tests.JobKit;

namespace Seedance.Contracts.Tests.Quirks;

/// <summary>Quirk status-vocabulary: each provider's words map to one state, and the raw word is kept.</summary>
public sealed class StatusVocabularyTests : IAsyncLifetime
{
    private ReplayHost _host = null!;

    public async Task InitializeAsync() => _host = await TestJobClients.StartHostAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(ProviderId.CometApiVideos, "SUBMITTED", VideoJobState.Queued)]
    [InlineData(ProviderId.CometApiVideos, "IN_PROGRESS", VideoJobState.Running)]
    [InlineData(ProviderId.CometApiVideos, "SUCCESS", VideoJobState.Succeeded)]
    [InlineData(ProviderId.CometApiVideos, "FAILED", VideoJobState.Failed)]
    [InlineData(ProviderId.CometApiVideos, "ERROR", VideoJobState.Failed)]
    [InlineData(ProviderId.CometApiVolc, "queued", VideoJobState.Queued)]
    [InlineData(ProviderId.CometApiVolc, "running", VideoJobState.Running)]
    [InlineData(ProviderId.CometApiVolc, "succeeded", VideoJobState.Succeeded)]
    [InlineData(ProviderId.CometApiVolc, "failed", VideoJobState.Failed)]
    [InlineData(ProviderId.CometApiVolc, "cancelled", VideoJobState.Cancelled)]
    [InlineData(ProviderId.CometApiVolc, "expired", VideoJobState.Expired)]
    [InlineData(ProviderId.AceDataSeedance, "processing", VideoJobState.Running)]
    [InlineData(ProviderId.AceDataSeedance, "succeeded", VideoJobState.Succeeded)]
    [InlineData(ProviderId.AceDataSeedance, "failed", VideoJobState.Failed)]
    [InlineData(ProviderId.Seedance2Ink, "queued", VideoJobState.Queued)]
    [InlineData(ProviderId.Seedance2Ink, "processing", VideoJobState.Running)]
    [InlineData(ProviderId.Seedance2Ink, "succeeded", VideoJobState.Succeeded)]
    [InlineData(ProviderId.Seedance2Ink, "failed", VideoJobState.Failed)]
    [InlineData(ProviderId.Seedance2Ink, "cancelled", VideoJobState.Cancelled)]
    public void Each_documented_word_has_its_state(string provider, string raw, VideoJobState state) =>
        Assert.Equal(state, StatusVocabulary.Normalize(provider, raw));

    [Theory]
    [InlineData(ProviderId.CometApiVideos, "VideoStatus")]
    [InlineData(ProviderId.CometApiVolc, "TaskStatus")]
    [InlineData(ProviderId.Seedance2Ink, "GenerationStatus")]
    public void Every_status_the_spec_lists_is_in_the_table(string provider, string schema)
    {
        var values = SpecExamples.EnumValues(provider, schema);

        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.NotEqual(VideoJobState.Unknown, StatusVocabulary.Normalize(provider, v)));
        Assert.Equal(values.Order(), StatusVocabulary.For(provider).Keys.Order());
    }

    [Theory]
    [InlineData(ProviderId.CometApiVideos, "success")]   // case does not matter
    [InlineData(ProviderId.CometApiVolc, " Succeeded ")]
    public void Matching_ignores_case_and_surrounding_space(string provider, string raw) =>
        Assert.Equal(VideoJobState.Succeeded, StatusVocabulary.Normalize(provider, raw));

    [Theory]
    [InlineData(ProviderId.CometApiVideos, "completed")] // OpenAI's word, not CometAPI's
    [InlineData(ProviderId.Seedance2Ink, "running")]      // Ark's word, not Seedance2.ink's
    [InlineData(ProviderId.AceDataSeedance, "")]
    [InlineData(ProviderId.AceDataSeedance, null)]
    public void Undocumented_words_are_Unknown(string provider, string? raw) =>
        Assert.Equal(VideoJobState.Unknown, StatusVocabulary.Normalize(provider, raw));

    [Fact]
    public void An_unknown_provider_is_an_argument_error() =>
        Assert.Throws<ArgumentException>(() => StatusVocabulary.For("openai"));

    [Fact]
    public async Task An_unknown_word_on_the_wire_is_Unknown_with_the_raw_word_kept_and_the_wait_goes_on()
    {
        const string Get = "/api/open/v1/video/generations/{requestId}";
        var processing = SpecExamples.Response(ProviderId.Seedance2Ink, "GET", Get, 200, "processing");
        var paused = processing.DeepClone();
        paused["status"] = "paused"; // a status the provider might add one day
        var id = (string)processing["requestId"]!;
        _host.ServeSequence("GET", $"/api/open/v1/video/generations/{id}",
            Reply.Ok(paused), Reply.Ok(SpecExamples.Response(ProviderId.Seedance2Ink, "GET", Get, 200, "succeeded")));
        using var client = TestJobClients.Seedance2Ink(_host);
        var progress = new RecordingProgress();

        var final = await client.GetJob(id).WaitForCompletionAsync(TestJobClients.Immediate, progress);

        Assert.Equal((VideoJobState.Unknown, "paused"), (progress.Reports[0].State, progress.Reports[0].RawStatus));
        Assert.Equal(VideoJobState.Succeeded, final.State);
    }
}
