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

    /// <summary>Fails before reading when the declared length is over the limit.</summary>
    internal void CheckDeclaredLength()
    {
        if (_maxBytes is { } max && _inner.Headers.ContentLength is { } length && length > max)
            throw TooLarge(length, declared: true);
    }

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
        CheckDeclaredLength();
        using var source = await _inner.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            Record(buffer.AsSpan(0, read));
            await stream.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }
    }

    protected override async Task<Stream> CreateContentReadStreamAsync()
    {
        CheckDeclaredLength();
        return new RecordingStream(await _inner.ReadAsStreamAsync().ConfigureAwait(false), this);
    }

    protected override async Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken)
    {
        CheckDeclaredLength();
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
}
