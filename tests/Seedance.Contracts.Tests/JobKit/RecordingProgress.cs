using System.Collections.Concurrent;
using Seedance.Contracts.Jobs;

namespace Seedance.Contracts.Tests.JobKit;

/// <summary>
/// Records every report synchronously, in order (<see cref="Progress{T}"/> would post to a
/// synchronization context and could reorder or delay them), and can act on a report.
/// </summary>
internal sealed class RecordingProgress(Action<VideoJobStatus>? onReport = null) : IProgress<VideoJobStatus>
{
    private readonly ConcurrentQueue<VideoJobStatus> _reports = new();

    public IReadOnlyList<VideoJobStatus> Reports => _reports.ToArray();

    public IReadOnlyList<string?> RawStatuses => Reports.Select(r => r.RawStatus).ToArray();

    public void Report(VideoJobStatus value)
    {
        _reports.Enqueue(value);
        onReport?.Invoke(value);
    }
}
