using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace Seedance.Contracts.Tests.JobKit;

/// <summary>
/// A CDN stand-in for download tests: one video served by ASP.NET Core's own range processing (<c>Range</c>,
/// <c>If-Range</c>, <c>206</c>, <c>Content-Range</c>), which WireMock-format stubs cannot do. Switches cut a
/// response's connection after some bytes, change the file's ETag, or refuse a signature, so resuming,
/// restarting and renewing are tested against a real HTTP range implementation.
/// </summary>
internal sealed class RangeVideoServer : IAsyncDisposable
{
    public const string Path = "/open-api-results/req_1234567890.mp4";
    private readonly WebApplication _app;
    private long _bytesSent;
    private int _cuts;

    private RangeVideoServer(WebApplication app, byte[] video)
    {
        _app = app;
        Video = video;
    }

    public byte[] Video { get; set; }

    public string ETag { get; set; } = "\"v1\"";

    /// <summary>How many responses (from the next one) are cut after <see cref="CutAfterBytes"/> bytes.</summary>
    public int CutResponses { get => _cuts; set => _cuts = value; }

    public int CutAfterBytes { get; set; }

    /// <summary>When set, a cut response replaces the file with this one (and a new ETag) as it drops the connection.</summary>
    public byte[]? ReplacementAfterCut { get; set; }

    /// <summary>A query value that makes the server answer 403, as a CDN does for an expired signature.</summary>
    public string? RefusedSignature { get; set; }

    public Uri BaseUrl { get; private set; } = null!;

    public ConcurrentQueue<(string Method, string? Range, string? IfRange, string Query)> Requests { get; } = new();

    /// <summary>Body bytes written to the wire, over every response.</summary>
    public long BytesSent => Interlocked.Read(ref _bytesSent);

    public static async Task<RangeVideoServer> StartAsync(int length = 1_000_000)
    {
        var video = new byte[length];
        new Random(42).NextBytes(video);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new RangeVideoServer(app, video);
        app.MapMethods(Path, ["GET", "HEAD"], server.ServeAsync);
        await app.StartAsync();
        server.BaseUrl = new Uri(app.Urls.First());
        return server;
    }

    private async Task ServeAsync(HttpContext context)
    {
        var headers = context.Request.Headers;
        Requests.Enqueue((context.Request.Method, headers.Range.FirstOrDefault(), headers.IfRange.FirstOrDefault(), context.Request.QueryString.Value ?? ""));
        if (RefusedSignature is { } refused && context.Request.Query["sig"] == refused)
        {
            context.Response.StatusCode = (int)HttpStatusCode.Forbidden;
            return;
        }

        var cut = Interlocked.Decrement(ref _cuts) >= 0;
        context.Response.Body = new CountingStream(context.Response.Body, this, cut ? CutAfterBytes : long.MaxValue, context);
        await Results.File(Video, "video/mp4", enableRangeProcessing: true, entityTag: EntityTagHeaderValue.Parse(ETag)).ExecuteAsync(context);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    /// <summary>Counts body bytes and, for a cut response, aborts the connection once the limit is reached.</summary>
    private sealed class CountingStream(Stream inner, RangeVideoServer server, long limit, HttpContext context) : Stream
    {
        private long _written;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _written; set => throw new NotSupportedException(); }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var room = limit - _written;
            var now = (int)Math.Min(buffer.Length, room);
            if (now > 0)
            {
                // Counted before the write: the client can have every byte (and the test its result) before this
                // write's continuation runs.
                _written += now;
                Interlocked.Add(ref server._bytesSent, now);
                await inner.WriteAsync(buffer[..now], cancellationToken);
            }
            if (now < buffer.Length)
            {
                await inner.FlushAsync(cancellationToken);
                if (server.ReplacementAfterCut is { } next)
                {
                    server.Video = next;
                    server.ETag = "\"v2\"";
                }
                context.Abort(); // the client sees the connection drop mid-body
                throw new OperationCanceledException("cut");
            }
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
