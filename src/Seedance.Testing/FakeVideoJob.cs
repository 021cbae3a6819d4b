using Seedance.Contracts;

namespace Seedance.Testing;

/// <summary>
/// A real <see cref="VideoJob"/> on the fake client whose waits, when given no <see cref="WaitOptions"/>,
/// use the fake's (<see cref="FakeVideoJobClient.DefaultWaitOptions"/>) instead of the SDK's 1 s floor
/// and the system clock; everything else is the SDK's own code.
/// </summary>
internal sealed class FakeVideoJob(FakeVideoJobClient client, string id, VideoJobStatus? initialStatus) : VideoJob(client, id, initialStatus)
{
    public override Task<VideoJobStatus> WaitForCompletionAsync(WaitOptions? options = null, IProgress<VideoJobStatus>? progress = null, CancellationToken cancellationToken = default) =>
        base.WaitForCompletionAsync(options ?? client.DefaultWaitOptions, progress, cancellationToken);

    public override IAsyncEnumerable<VideoJobStatus> WatchAsync(CancellationToken cancellationToken = default) =>
        WatchAsync(client.DefaultWaitOptions, cancellationToken);
}
