using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace Seedance.Conformance.Replay;

/// <summary>
/// Direct access to the TCP connection under a Kestrel request, for faults that must bypass HTTP
/// framing. Everything is written with blocking sends before Kestrel has written a byte, then the
/// request is aborted so Kestrel never writes a response of its own.
/// </summary>
internal static class RawConnection
{
    internal const string ConnectionItemKey = "Seedance.Conformance.Replay.Connection";

    public static Socket GetSocket(HttpContext context)
    {
        var items = context.Features.Get<IConnectionItemsFeature>()?.Items;
        if (items is not null && items.TryGetValue(ConnectionItemKey, out var value) && value is ConnectionContext connection &&
            connection.Features.Get<IConnectionSocketFeature>()?.Socket is { } socket)
        {
            return socket;
        }
        throw new InvalidOperationException("The raw socket of this connection is not available (the request did not come through ReplayHost's Kestrel listener).");
    }

    /// <summary>Writes <paramref name="bytes"/> as-is to the connection.</summary>
    public static void Write(HttpContext context, ReadOnlySpan<byte> bytes)
    {
        var socket = GetSocket(context);
        while (!bytes.IsEmpty)
        {
            var sent = socket.Send(bytes, SocketFlags.None);
            bytes = bytes[sent..];
        }
    }

    /// <summary>Writes a status line and headers (HTTP/1.1) as-is.</summary>
    public static void WriteHead(HttpContext context, int status, IEnumerable<KeyValuePair<string, string>> headers)
    {
        var sb = new StringBuilder();
        sb.Append("HTTP/1.1 ").Append(status).Append(' ').Append(ReasonPhrases.GetReasonPhrase(status)).Append("\r\n");
        foreach (var (name, value) in headers) sb.Append(name).Append(": ").Append(value).Append("\r\n");
        sb.Append("\r\n");
        Write(context, Encoding.ASCII.GetBytes(sb.ToString()));
    }

    /// <summary>Graceful close (FIN after everything written so far), and no response from Kestrel.</summary>
    public static void CloseGracefully(HttpContext context)
    {
        try { GetSocket(context).Shutdown(SocketShutdown.Send); }
        catch (SocketException) { }
        catch (ObjectDisposedException) { }
        context.Abort();
    }

    /// <summary>Abortive close: SO_LINGER 0 then close, so the peer gets a TCP RST.</summary>
    public static void Reset(HttpContext context)
    {
        try { GetSocket(context).Close(0); }
        catch (SocketException) { }
        catch (ObjectDisposedException) { }
        context.Abort();
    }
}
