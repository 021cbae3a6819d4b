using System.Text;
using Microsoft.AspNetCore.Http;

namespace Seedance.Conformance.Replay;

/// <summary>
/// Ready-made <see cref="ReplayResponder"/>s for fault injection (embedded use only; use them with
/// <see cref="ReplayHost.Given"/>). Each member documents what HttpClient observes.
/// </summary>
public static class Faults
{
    private const int ChunkSize = 64 * 1024;

    // The bytes WireMock writes for its garbage faults (no CR/LF, so a client never sees a complete line).
    private static ReadOnlySpan<byte> Garbage => "lskdu018973t09sylgasjkfg1][]'./.sdlv"u8;

    /// <summary>A plain response: status, optional body and content type, extra headers.</summary>
    public static ReplayResponder Status(int statusCode, string? body = null, string? contentType = "application/json", IEnumerable<KeyValuePair<string, string>>? headers = null) =>
        async (context, ct) =>
        {
            context.Response.StatusCode = statusCode;
            foreach (var (name, value) in headers ?? []) context.Response.Headers.Append(name, value);
            var bytes = Encoding.UTF8.GetBytes(body ?? "");
            if (contentType is not null && bytes.Length > 0) context.Response.ContentType = contentType;
            context.Response.ContentLength = bytes.Length;
            await context.Response.Body.WriteAsync(bytes, ct).ConfigureAwait(false);
        };

    /// <summary><c>429 Too Many Requests</c> with the given <c>Retry-After</c> value (seconds or an HTTP date).</summary>
    public static ReplayResponder TooManyRequests(string retryAfter, string? body = """{"error":{"code":"rate_limited","message":"Too many requests"}}""") =>
        Status(429, body, "application/json", [new("Retry-After", retryAfter)]);

    /// <summary>
    /// Waits <paramref name="delay"/> (cancelled when the client gives up) and then runs
    /// <paramref name="then"/> (default: <c>200</c> with <c>{}</c>). A client with a shorter timeout sees
    /// <see cref="TaskCanceledException"/> (inner <see cref="TimeoutException"/> for HttpClient.Timeout).
    /// </summary>
    public static ReplayResponder Delay(TimeSpan delay, ReplayResponder? then = null) =>
        async (context, ct) =>
        {
            await Task.Delay(delay, ct).ConfigureAwait(false);
            await (then ?? Status(200, "{}"))(context, ct).ConfigureAwait(false);
        };

    /// <summary>
    /// TCP RST before any response byte (WireMock's <c>CONNECTION_RESET_BY_PEER</c>).
    /// HttpClient: <see cref="HttpRequestException"/> from SendAsync, inner <see cref="IOException"/>
    /// wrapping a <see cref="System.Net.Sockets.SocketException"/> (ConnectionReset).
    /// </summary>
    public static ReplayResponder ConnectionReset() => (context, _) =>
    {
        RawConnection.Reset(context);
        return Task.CompletedTask;
    };

    /// <summary>
    /// Closes the connection without writing anything (WireMock's <c>EMPTY_RESPONSE</c>).
    /// HttpClient: <see cref="HttpRequestException"/> with <see cref="HttpRequestError.ResponseEnded"/>.
    /// </summary>
    public static ReplayResponder EmptyResponse() => (context, _) =>
    {
        RawConnection.CloseGracefully(context);
        return Task.CompletedTask;
    };

    /// <summary>
    /// <c>200</c> with chunked headers, then bytes that are not valid chunk framing, then close
    /// (WireMock's <c>MALFORMED_RESPONSE_CHUNK</c>). Headers arrive; reading the body throws
    /// <see cref="HttpRequestException"/> (inner <see cref="HttpIOException"/>) with <see cref="HttpRequestError.ResponseEnded"/>.
    /// </summary>
    public static ReplayResponder MalformedResponseChunk() => (context, _) =>
    {
        RawConnection.WriteHead(context, 200, [new("Transfer-Encoding", "chunked"), new("Content-Type", "application/json")]);
        RawConnection.Write(context, Garbage);
        RawConnection.CloseGracefully(context);
        return Task.CompletedTask;
    };

    /// <summary>
    /// WireMock's garbage bytes instead of a status line, then close (<c>RANDOM_DATA_THEN_CLOSE</c>).
    /// HttpClient: <see cref="HttpRequestException"/> with <see cref="HttpRequestError.ResponseEnded"/>.
    /// </summary>
    public static ReplayResponder RandomDataThenClose() => (context, _) =>
    {
        RawConnection.Write(context, Garbage);
        RawConnection.CloseGracefully(context);
        return Task.CompletedTask;
    };

    /// <summary>
    /// Declares <c>Content-Length</c> for all of <paramref name="fullBody"/>, sends only the first
    /// <paramref name="bytesToSend"/> bytes, then closes gracefully (FIN). Headers arrive; reading the
    /// body throws <see cref="HttpRequestException"/> / <see cref="HttpIOException"/> with
    /// <see cref="HttpRequestError.ResponseEnded"/>.
    /// </summary>
    public static ReplayResponder TruncatedBody(string fullBody, int bytesToSend, int statusCode = 200, string contentType = "application/json") =>
        (context, _) =>
        {
            var bytes = Encoding.UTF8.GetBytes(fullBody);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(bytesToSend, bytes.Length);
            RawConnection.WriteHead(context, statusCode, [new("Content-Type", contentType), new("Content-Length", bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
            RawConnection.Write(context, bytes.AsSpan(0, bytesToSend));
            RawConnection.CloseGracefully(context);
            return Task.CompletedTask;
        };

    /// <summary>
    /// Declares a <paramref name="declaredLength"/>-byte body, sends <paramref name="bytesBeforeReset"/>
    /// bytes of it, then resets the connection (TCP RST). Headers arrive; reading the body throws
    /// <see cref="HttpRequestException"/> / <see cref="IOException"/> (connection reset, or
    /// <see cref="HttpRequestError.ResponseEnded"/> if the RST races ahead of the data on the wire).
    /// </summary>
    public static ReplayResponder ResetMidBody(long declaredLength = 4096, int bytesBeforeReset = 1024, int statusCode = 200, string contentType = "application/octet-stream") =>
        (context, _) =>
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(bytesBeforeReset, declaredLength);
            RawConnection.WriteHead(context, statusCode, [new("Content-Type", contentType), new("Content-Length", declaredLength.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
            var buffer = new byte[bytesBeforeReset];
            FillLargeBody(buffer, 0);
            RawConnection.Write(context, buffer);
            RawConnection.Reset(context);
            return Task.CompletedTask;
        };

    /// <summary>A body that is not valid JSON, served as <c>application/json</c>.</summary>
    public static ReplayResponder InvalidJson(int statusCode = 200) =>
        Status(statusCode, """{"id":"cgt-20250101000000-abcde","status":"runn""", "application/json");

    /// <summary>An HTML error page such as a gateway or CDN returns (<c>text/html</c>).</summary>
    public static ReplayResponder HtmlErrorPage(int statusCode = 502) =>
        Status(statusCode, $"""
            <html>
            <head><title>{statusCode} {Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(statusCode)}</title></head>
            <body>
            <center><h1>{statusCode} {Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(statusCode)}</h1></center>
            <hr><center>nginx</center>
            </body>
            </html>
            """, "text/html; charset=utf-8");

    /// <summary>A status with an empty body (<c>Content-Length: 0</c>) and, optionally, a content type anyway.</summary>
    public static ReplayResponder EmptyBody(int statusCode = 200, string? contentType = "application/json") =>
        (context, _) =>
        {
            context.Response.StatusCode = statusCode;
            if (contentType is not null) context.Response.ContentType = contentType;
            context.Response.ContentLength = 0;
            return Task.CompletedTask;
        };

    /// <summary>A (valid) body served with a wrong <c>Content-Type</c>.</summary>
    public static ReplayResponder WrongContentType(string body, string contentType = "text/plain; charset=utf-8", int statusCode = 200) =>
        Status(statusCode, body, contentType);

    /// <summary>
    /// A body of <paramref name="length"/> deterministic bytes (see <see cref="LargeBodyByteAt"/>),
    /// streamed in 64 KiB chunks with <c>Content-Length</c> set, never held in memory as a whole.
    /// </summary>
    public static ReplayResponder LargeBody(long length, int statusCode = 200, string contentType = "application/octet-stream") =>
        async (context, ct) =>
        {
            ArgumentOutOfRangeException.ThrowIfNegative(length);
            context.Response.StatusCode = statusCode;
            context.Response.ContentType = contentType;
            context.Response.ContentLength = length;
            var buffer = new byte[(int)Math.Min(ChunkSize, Math.Max(length, 1))];
            for (long offset = 0; offset < length;)
            {
                var n = (int)Math.Min(buffer.Length, length - offset);
                FillLargeBody(buffer.AsSpan(0, n), offset);
                await context.Response.Body.WriteAsync(buffer.AsMemory(0, n), ct).ConfigureAwait(false);
                offset += n;
            }
        };

    /// <summary>The byte at <paramref name="offset"/> of a <see cref="LargeBody"/> (for verifying downloads).</summary>
    public static byte LargeBodyByteAt(long offset) => (byte)(PatternTable[(int)(offset & 0xFFFF)] ^ BlockKey(offset));

    /// <summary>Fills <paramref name="destination"/> with the <see cref="LargeBody"/> bytes starting at <paramref name="offset"/>.</summary>
    public static void FillLargeBody(Span<byte> destination, long offset)
    {
        while (!destination.IsEmpty)
        {
            // A 64 KiB pseudo-random table, XORed with a per-64-KiB-block key: cheap to generate and to
            // verify, and no two blocks of a file are equal (up to 16 MiB apart the keys differ).
            var start = (int)(offset & 0xFFFF);
            var n = Math.Min(destination.Length, 0x10000 - start);
            var key = new System.Numerics.Vector<byte>(BlockKey(offset));
            var source = PatternTable.AsSpan(start, n);
            var target = destination[..n];
            var i = 0;
            for (; i <= n - System.Numerics.Vector<byte>.Count; i += System.Numerics.Vector<byte>.Count)
            {
                (new System.Numerics.Vector<byte>(source[i..]) ^ key).CopyTo(target[i..]);
            }
            for (; i < n; i++) target[i] = (byte)(source[i] ^ BlockKey(offset));
            destination = destination[n..];
            offset += n;
        }
    }

    private static byte BlockKey(long offset) => unchecked((byte)(((offset >> 16) * 167) + 1));

    private static readonly byte[] PatternTable = CreatePatternTable();

    private static byte[] CreatePatternTable()
    {
        var table = new byte[0x10000];
        uint x = 2463534242;
        for (var i = 0; i < table.Length; i++)
        {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            table[i] = (byte)x;
        }
        return table;
    }

    /// <summary>The responder for a WireMock fault name (see <see cref="FaultNames"/>).</summary>
    /// <exception cref="ArgumentException">Unknown fault name.</exception>
    public static ReplayResponder FromName(string faultName) => faultName switch
    {
        FaultNames.ConnectionResetByPeer => ConnectionReset(),
        FaultNames.EmptyResponse => EmptyResponse(),
        FaultNames.MalformedResponseChunk => MalformedResponseChunk(),
        FaultNames.RandomDataThenClose => RandomDataThenClose(),
        _ => throw new ArgumentException($"Unknown fault '{faultName}'.", nameof(faultName)),
    };
}
