using System.Net;
using System.Net.Sockets;
using Seedance.Conformance.Replay;

namespace Seedance.Reliability.Tests.TestKit;

/// <summary>One replay host shared by the tests of a class (xunit runs a class's tests one at a time).</summary>
public sealed class ReplayHostFixture : IAsyncLifetime
{
    /// <summary>The host.</summary>
    public ReplayHost Host { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync() => Host = await ReplayHost.StartAsync(new ReplayHostOptions { EnableAdminApi = false });

    /// <inheritdoc />
    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>Network helpers.</summary>
internal static class Net
{
    /// <summary>A loopback URL on which nothing listens (connect is refused).</summary>
    public static Uri ClosedPortUrl()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }
}

/// <summary>
/// A primary handler whose first <paramref name="refusals"/> sends fail as a refused connection would
/// (<see cref="HttpRequestError.ConnectionError"/>, nothing written), then sends for real.
/// </summary>
internal sealed class RefuseFirstConnectsHandler(int refusals) : DelegatingHandler(new SocketsHttpHandler())
{
    private int _refused;

    /// <summary>How many sends were refused.</summary>
    public int Refused => Volatile.Read(ref _refused);

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _refused) <= refusals)
            throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (simulated) (127.0.0.1:1)",
                new SocketException((int)SocketError.ConnectionRefused));
        Interlocked.Decrement(ref _refused);
        return base.SendAsync(request, cancellationToken);
    }
}
