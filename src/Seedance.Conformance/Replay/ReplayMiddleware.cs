using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace Seedance.Conformance.Replay;

/// <summary>
/// Runs before WireMock.Net's middleware (<c>PreWireMockMiddlewareInit</c>) and does what WireMock.Net
/// cannot. It hands WireMock.Net the raw request target; it runs WireMock.Net one request at a time
/// (match plus scenario step is not atomic there, and concurrent polls must each take exactly one step
/// as in WireMock), with the request body read beforehand and the response composed in memory, so the
/// lock never waits on the network; then it serves in-house responses. A mapping marks those with
/// internal response headers:
/// <list type="bullet">
/// <item><see cref="ResponderHeader"/>: a code responder (faults on the socket, bodies streamed without
/// being held in memory, anything written with <see cref="HttpContext"/>) replaces the response.</item>
/// <item><see cref="DelayHeader"/>: the response waits, and the wait ends when the client gives up
/// (WireMock.Net's own delay cannot be cancelled, and a stopping server would wait for it).</item>
/// <item><see cref="ReasonHeader"/>: a custom reason phrase (WireMock's <c>statusMessage</c>).</item>
/// </list>
/// </summary>
internal sealed class ReplayMiddleware(ReplayHost host)
{
    internal const string ResponderHeader = "X-Replay-Responder";
    internal const string DelayHeader = "X-Replay-Delay";
    internal const string ReasonHeader = "X-Replay-Reason";

    // WireMock.Net answers a body file it cannot read with "404 No matching mapping found"; the file
    // handler leaves the real reason here so the client gets a 500 that names the file, as from WireMock.
    private static readonly AsyncLocal<StrongBox<string?>?> Problem = new();

    private readonly SemaphoreSlim _serial = new(1, 1);

    /// <summary>Reports why the current request's response could not be built (see <see cref="Problem"/>).</summary>
    internal static void ReportProblem(string message)
    {
        if (Problem.Value is { } box) box.Value = message;
    }

    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = host.Options.MaxRequestBodySize;
        }
        if (host.Options.EnableAdminApi && context.Request.Path.StartsWithSegments("/__admin", StringComparison.Ordinal) &&
            await WireMockAdminRoutes.TryHandleAsync(host, context).ConfigureAwait(false))
        {
            return;
        }
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(target) || target[0] != '/') target = context.Request.Path.ToUriComponent() + context.Request.QueryString.ToUriComponent();
        var query = target.IndexOf('?', StringComparison.Ordinal);
        context.Request.Headers[MappingTranslator.RawUrlHeader] = target;
        context.Request.Headers[MappingTranslator.RawPathHeader] = query < 0 ? target : target[..query];

        var original = context.Features.Get<IHttpResponseBodyFeature>()!;
        var gate = new GateStream(this, context);
        try
        {
            if (context.Request.ContentLength is > 0 || context.Request.Headers.ContainsKey("Transfer-Encoding"))
            {
                context.Request.EnableBuffering(bufferThreshold: 1024 * 1024, bufferLimit: host.Options.MaxRequestBodySize);
                await context.Request.Body.DrainAsync(context.RequestAborted).ConfigureAwait(false);
                context.Request.Body.Position = 0;
            }

            context.Response.Body = gate;
            var problem = Problem.Value = new StrongBox<string?>();
            await _serial.WaitAsync(context.RequestAborted).ConfigureAwait(false);
            try
            {
                await next().ConfigureAwait(false);
            }
            finally
            {
                _serial.Release();
                context.Features.Set(original);
            }

            if (problem.Value is { } message)
            {
                context.Response.Clear();
                context.Response.StatusCode = 500;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync("Replay host error: " + message + "\n", context.RequestAborted).ConfigureAwait(false);
                return;
            }
            if (gate.Responder is { } responder || (!gate.Decided && TryTakeResponder(context, out responder)))
            {
                context.Response.Clear();
                await responder(context, context.RequestAborted).ConfigureAwait(false);
                return;
            }
            await ApplyMarkersAsync(context).ConfigureAwait(false);
            if (gate.Buffer.Length == 0) return;
            context.Response.ContentLength = gate.Buffer.Length;
            gate.Buffer.Position = 0;
            await gate.Buffer.CopyToAsync(original.Stream, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (context.RequestAborted.IsCancellationRequested && e is OperationCanceledException or IOException or ConnectionAbortedException)
        {
            // The client went away (during a delay or a slow body): nothing left to answer.
        }
    }

    private bool TryTakeResponder(HttpContext context, out ReplayResponder responder)
    {
        responder = null!;
        var headers = context.Response.Headers;
        if (!headers.TryGetValue(ResponderHeader, out var id)) return false;
        headers.Remove(ResponderHeader);
        return Guid.TryParse(id, out var guid) && host.TryGetResponder(guid, out responder);
    }

    private static async Task ApplyMarkersAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        if (headers.TryGetValue(ReasonHeader, out var reason))
        {
            headers.Remove(ReasonHeader);
            if (context.Features.Get<IHttpResponseFeature>() is { } feature) feature.ReasonPhrase = reason;
        }
        if (headers.TryGetValue(DelayHeader, out var delay))
        {
            headers.Remove(DelayHeader);
            await Task.Delay(int.Parse(delay!, System.Globalization.CultureInfo.InvariantCulture), context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The response body stream WireMock.Net writes to. At its first write it decides: a response marked
    /// for a code responder is dropped (the responder runs afterwards); any other is kept in
    /// <see cref="Buffer"/> and sent after its markers are applied.
    /// </summary>
    private sealed class GateStream(ReplayMiddleware owner, HttpContext context) : Stream
    {
        public MemoryStream Buffer { get; } = new();

        public bool Decided { get; private set; }

        public ReplayResponder? Responder { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count).GetAwaiter().GetResult();

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (Decide()) await Buffer.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        private bool Decide()
        {
            if (Decided) return Responder is null;
            Decided = true;
            if (owner.TryTakeResponder(context, out var responder)) Responder = responder;
            return Responder is null;
        }
    }
}
