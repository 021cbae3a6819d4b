using Seedance.Conformance.Replay;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Quirks;
using Seedance.Contracts.Tests.JobKit;
using Seedance.Contracts.Tests.Providers;

namespace Seedance.Contracts.Tests.Quirks;

/// <summary>Quirk acedata-result-shape: every documented reply shape reads into one status.</summary>
public sealed class AceDataResultShapeTests : IAsyncLifetime
{
    private const string P = ProviderId.AceDataSeedance;
    private const string Create = "/seedance/videos";
    private const string Tasks = "/seedance/tasks";
    private ReplayHost _host = null!;

    public async Task InitializeAsync() => _host = await TestJobClients.StartHostAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("success", "array of one Ark task object")]
    [InlineData("object-data", "one Ark task object")]
    [InlineData("first-last-frame", "flat record")]
    [InlineData("reference-image", "flat record with settings")]
    public async Task Every_blocking_reply_shape_gives_a_finished_job_with_its_video(string example, string shape)
    {
        var reply = SpecExamples.Response(P, "POST", Create, 200, example);
        _host.Serve("POST", Create, Reply.Ok(reply));
        using var client = TestJobClients.AceData(_host, blocking: true);

        var job = await client.SubmitAsync(AceDataSeedanceJobClientTests.FromExample("first-last-frame"));

        var data = reply["data"]!;
        var task = data is System.Text.Json.Nodes.JsonArray array ? array[0]! : data;
        var video = (string?)task["video_url"] ?? (string)task["content"]!["video_url"]!;
        Assert.True(job.HasCompleted, shape);
        Assert.Equal(VideoJobState.Succeeded, job.State);
        Assert.Equal("succeeded", job.RawStatus);
        Assert.Equal((string)reply["task_id"]!, job.Id); // AceData's id, not the upstream one inside data
        Assert.Equal(video, job.LastStatus!.VideoUrl!.ToString());
    }

    [Fact]
    public async Task The_async_reply_gives_a_queued_job_without_a_raw_status()
    {
        _host.Serve("POST", Create, Reply.Ok(SpecExamples.Response(P, "POST", Create, 200, "async-accepted")));
        using var client = TestJobClients.AceData(_host);

        var job = await client.SubmitAsync(AceDataSeedanceJobClientTests.FromExample("first-last-frame"));

        Assert.Equal(VideoJobState.Queued, job.State);
        Assert.Null(job.RawStatus);
        Assert.Null(job.LastStatus!.VideoUrl);
    }

    [Theory]
    [InlineData("not-found-empty")]
    [InlineData("retrieve-batch")]
    public async Task An_empty_task_query_reply_means_the_id_is_unknown(string example)
    {
        _host.Serve("POST", Tasks, Reply.Ok(SpecExamples.Response(P, "POST", Tasks, 200, example)));
        using var client = TestJobClients.AceData(_host);

        var error = await Assert.ThrowsAsync<SeedanceNotFoundException>(() => client.GetJob("nope").UpdateAsync());

        Assert.Equal(P, error.Provider);
        Assert.Contains("nope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_without_a_response_yet_is_running_once_started()
    {
        var record = SpecExamples.Response(P, "POST", Tasks, 200, "processing").AsObject();
        record.Remove("response"); // a record before AceData stored any reply
        _host.Serve("POST", Tasks, Reply.Ok(record));
        using var client = TestJobClients.AceData(_host);

        var status = await client.GetStatusAsync("9462ca25-468b-45a5-9e75-6f516dedcc80");

        Assert.Equal(VideoJobState.Running, status.State);
        Assert.Null(status.RawStatus);
    }
}
