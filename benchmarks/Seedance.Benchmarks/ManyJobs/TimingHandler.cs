using System.Collections.Concurrent;
using System.Diagnostics;

namespace Seedance.Benchmarks.ManyJobs;

/// <summary>Times every request at the socket end of the client (what the emulator's answer time looks like from outside).</summary>
internal sealed class TimingHandler : DelegatingHandler
{
    public TimingHandler() : base(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = 256 })
    {
    }

    public ConcurrentBag<double> Milliseconds { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        Milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return response;
    }

    public (double P50, double P99, double Max) Percentiles()
    {
        var sorted = Milliseconds.OrderBy(x => x).ToArray();
        if (sorted.Length == 0) return (0, 0, 0);
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return (At(0.50), At(0.99), sorted[^1]);
    }
}
