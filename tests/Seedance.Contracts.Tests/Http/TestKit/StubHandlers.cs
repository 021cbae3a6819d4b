using System.Net;
using System.Net.Http;

namespace Seedance.Contracts.Tests.Http.TestKit;

/// <summary>Counts attempts reaching the primary handler; fails the first ones with a transport error.</summary>
public sealed class FlakyConnectHandler(int failures, HttpRequestError error) : DelegatingHandler(new SocketsHttpHandler { AllowAutoRedirect = false })
{
    private int _attempts;

    public int Attempts => Volatile.Read(ref _attempts);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var attempt = Interlocked.Increment(ref _attempts);
        if (attempt <= failures)
            throw new HttpRequestException(error, $"Simulated {error} (attempt {attempt})", new IOException("simulated"));
        return base.SendAsync(request, cancellationToken);
    }
}

/// <summary>Answers every request itself, with a response built per attempt.</summary>
public sealed class StubHandler(Func<HttpRequestMessage, int, HttpResponseMessage> respond) : HttpMessageHandler
{
    private int _attempts;

    public int Attempts => Volatile.Read(ref _attempts);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var attempt = Interlocked.Increment(ref _attempts);
        var response = respond(request, attempt);
        response.RequestMessage = request;
        return Task.FromResult(response);
    }
}

/// <summary>A stream of <paramref name="length"/> copies of <paramref name="fill"/> that counts how much was read.</summary>
public sealed class CountingStream(long length, byte fill = (byte)'x') : Stream
{
    private long _position;

    public long BytesRead => Interlocked.Read(ref _position);

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => length;
    public override long Position { get => _position; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, length - _position);
        if (n <= 0) return 0;
        buffer.AsSpan(offset, n).Fill(fill);
        Interlocked.Add(ref _position, n);
        return n;
    }
}
