using System.Net;
using System.Text.Json;
using Seedance.Contracts.Errors;

namespace Seedance.Contracts.Http;

/// <summary>
/// Wraps a successful response's content and copies the first <see cref="SeedanceException.MaxRawBodyBytes"/>
/// bytes into the call's <see cref="ResponseCaptureOption"/> as they are read, without buffering the rest.
/// </summary>
internal sealed class RecordingContent : HttpContent
{
    private readonly HttpContent _inner;
    private readonly ResponseCaptureOption _capture;
    private readonly MemoryStream _recorded = new();
    private readonly long? _maxBytes;
    private long _total;

    /// <param name="inner">The response content.</param>
    /// <param name="capture">Where the start of the body is recorded.</param>
    /// <param name="maxBytes">When set, reading more than this many bytes (or a declared <c>Content-Length</c> above it) throws <see cref="JsonException"/>.</param>
    public RecordingContent(HttpContent inner, ResponseCaptureOption capture, long? maxBytes = null)
    {
        _inner = inner;
        _capture = capture;
        _maxBytes = maxBytes;
        foreach (var header in inner.Headers)
            Headers.TryAddWithoutValidation(header.Key, header.Value);
    }

    /// <summary>The error for a declared <c>Content-Length</c> over the limit, or null.</summary>
    private JsonException? DeclaredTooLarge() =>
        _maxBytes is { } max && _inner.Headers.ContentLength is { } length && length > max ? TooLarge(length, declared: true) : null;

    private JsonException TooLarge(long length, bool declared) =>
        new($"The response body is {(declared ? string.Empty : "more than ")}{length} bytes, more than the {_maxBytes} bytes the SDK reads to parse a "
            + $"{_inner.Headers.ContentType?.MediaType} response (ErrorCaptureHandler.MaxParsedSuccessBodyBytes); it was not read.");

    internal void Record(ReadOnlySpan<byte> data)
    {
        _total += data.Length;
        if (_maxBytes is { } max && _total > max) throw TooLarge(max, declared: false);
        var room = SeedanceException.MaxRawBodyBytes + 4 - (int)_recorded.Length; // +4: room to finish a UTF-8 character
        if (room <= 0 || data.IsEmpty) return;
        _recorded.Write(data[..Math.Min(room, data.Length)]);
        _capture.SetBody(_recorded.ToArray(), truncated: false);
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        await SerializeToStreamAsync(stream, context, CancellationToken.None).ConfigureAwait(false);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        if (DeclaredTooLarge() is { } tooLarge) throw tooLarge;
        using var source = await _inner.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, 16 * 1024), cancellationToken).ConfigureAwait(false)) > 0)
            {
                Record(buffer.AsSpan(0, read));
                await stream.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // A body declared too large gets a stream that fails on its first read, without touching the socket.
    // The failure is not thrown here: HttpContent caches the stream task, Kiota opens the stream again in
    // a finally block to dispose the response, and a faulted task would skip that dispose and keep the
    // connection (and the server's write) open.
    protected override async Task<Stream> CreateContentReadStreamAsync()
    {
        if (DeclaredTooLarge() is { } tooLarge) return new FailingStream(tooLarge);
        return new RecordingStream(await _inner.ReadAsStreamAsync().ConfigureAwait(false), this);
    }

    protected override async Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken)
    {
        if (DeclaredTooLarge() is { } tooLarge) return new FailingStream(tooLarge);
        return new RecordingStream(await _inner.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), this);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _inner.Headers.ContentLength ?? -1;
        return length >= 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
            _recorded.Dispose();
        }
        base.Dispose(disposing);
    }

    private sealed class RecordingStream(Stream inner, RecordingContent owner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            owner.Record(buffer.AsSpan(offset, read));
            return read;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            owner.Record(buffer.Span[..read]);
            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }

    /// <summary>Throws the given exception on its first read, then reads as empty.</summary>
    private sealed class FailingStream(Exception failure) : Stream
    {
        private Exception? _failure = failure;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (Interlocked.Exchange(ref _failure, null) is { } failure) throw failure;
            return 0;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Interlocked.Exchange(ref _failure, null) is { } failure ? ValueTask.FromException<int>(failure) : ValueTask.FromResult(0);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}
