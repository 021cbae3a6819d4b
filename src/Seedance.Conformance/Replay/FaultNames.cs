namespace Seedance.Conformance.Replay;

/// <summary>The WireMock fault names accepted in a mapping's <c>response.fault</c>.</summary>
public static class FaultNames
{
    /// <summary>
    /// Reset the connection (TCP RST) before any response byte. HttpClient throws
    /// <see cref="HttpRequestException"/> whose inner <see cref="IOException"/> wraps a
    /// <see cref="System.Net.Sockets.SocketException"/> with <c>ConnectionReset</c>.
    /// </summary>
    public const string ConnectionResetByPeer = "CONNECTION_RESET_BY_PEER";

    /// <summary>
    /// Close the connection (FIN) without writing anything. HttpClient throws
    /// <see cref="HttpRequestException"/> with <see cref="HttpRequestError.ResponseEnded"/>.
    /// </summary>
    public const string EmptyResponse = "EMPTY_RESPONSE";

    /// <summary>
    /// Send a <c>200</c> status line and chunked headers, then bytes that are not valid chunk framing,
    /// then close. The status is visible with <see cref="HttpCompletionOption.ResponseHeadersRead"/>;
    /// reading the body throws <see cref="HttpRequestException"/> with <see cref="HttpRequestError.ResponseEnded"/>
    /// (the garbage never completes a chunk-size line before the connection closes).
    /// </summary>
    public const string MalformedResponseChunk = "MALFORMED_RESPONSE_CHUNK";

    /// <summary>
    /// Send garbage bytes (no status line, no line break) and close. HttpClient throws
    /// <see cref="HttpRequestException"/> with <see cref="HttpRequestError.ResponseEnded"/>.
    /// </summary>
    public const string RandomDataThenClose = "RANDOM_DATA_THEN_CLOSE";

    /// <summary>All fault names this host implements.</summary>
    public static IReadOnlyList<string> All { get; } =
        [ConnectionResetByPeer, EmptyResponse, MalformedResponseChunk, RandomDataThenClose];
}
