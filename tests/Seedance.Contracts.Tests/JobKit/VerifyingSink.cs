using Seedance.Conformance.Replay;

namespace Seedance.Contracts.Tests.JobKit;

/// <summary>
/// A write-only sink like <see cref="Stream.Null"/> that counts the bytes written and checks them
/// against <see cref="Faults.LargeBody"/>'s deterministic pattern, without keeping any of them.
/// </summary>
internal sealed class VerifyingSink : Stream
{
    private readonly byte[] _expected = new byte[64 * 1024];

    public long BytesWritten { get; private set; }

    public long FirstMismatch { get; private set; } = -1;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => BytesWritten;

    public override long Position { get => BytesWritten; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var n = Math.Min(buffer.Length, _expected.Length);
            var expected = _expected.AsSpan(0, n);
            Faults.FillLargeBody(expected, BytesWritten);
            if (FirstMismatch < 0 && !buffer[..n].SequenceEqual(expected))
            {
                FirstMismatch = BytesWritten + buffer[..n].CommonPrefixLength(expected);
            }

            BytesWritten += n;
            buffer = buffer[n..];
        }
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
