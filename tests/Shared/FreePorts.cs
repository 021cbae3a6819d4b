using System.Net;
using System.Net.Sockets;

namespace Seedance.Testing;

/// <summary>Loopback ports for tests that must name them (the emulator's fixed-port mode), linked from tests/Shared.</summary>
internal static class FreePorts
{
    /// <summary>The first of <paramref name="count"/> consecutive ports that are free now (probed, then released: a small race that is fine in tests).</summary>
    public static int Run(int count)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var first = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            if (first + count > 65535) continue;
            var listeners = new List<TcpListener>();
            try
            {
                for (var i = 0; i < count; i++)
                {
                    var listener = new TcpListener(IPAddress.Loopback, first + i);
                    listener.Start();
                    listeners.Add(listener);
                }
                return first;
            }
            catch (SocketException)
            {
                // taken: try another run
            }
            finally
            {
                foreach (var listener in listeners) listener.Stop();
            }
        }
        throw new InvalidOperationException($"no {count} consecutive free loopback ports found");
    }
}
