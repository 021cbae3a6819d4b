using System.Buffers;

namespace Seedance.Contracts.Http;

/// <summary>Reads the start of a response body without losing the rest of it.</summary>
internal static class BodyStart
{
    /// <summary>
    /// Reads at most <paramref name="limit"/> bytes. Returns the stream positioned after them when the body
    /// goes on, or null when it was read whole. A connection that breaks mid-body keeps what arrived when
    /// <paramref name="keepPartialOnBreak"/> is true (an error body: its status is what matters), and
    /// throws otherwise (a success body: the caller must see the transport failure).
    /// </summary>
    public static async Task<(byte[] Start, Stream? Remainder)> ReadAsync(HttpContent? content, int limit, bool keepPartialOnBreak, CancellationToken cancellationToken)
    {
        if (content is null) return ([], null);
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        if (content.Headers.ContentLength is { } declared && declared <= limit && !keepPartialOnBreak)
        {
            // The usual reply: its length is known, so it is read straight into an array of that size.
            var exact = new byte[declared];
            try
            {
                await stream.ReadExactlyAsync(exact, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException exception) when (!cancellationToken.IsCancellationRequested)
            {
                throw AsTransportFailure(exception);
            }
            finally
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }
            return (exact, null);
        }
        using var start = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            while (start.Length < limit)
            {
                var room = (int)Math.Min(chunk.Length, limit - start.Length);
                var read = await stream.ReadAsync(chunk.AsMemory(0, room), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    await stream.DisposeAsync().ConfigureAwait(false);
                    return (start.ToArray(), null);
                }
                start.Write(chunk, 0, read);
            }
        }
        catch (Exception exception) when (keepPartialOnBreak && exception is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            return (start.ToArray(), null);
        }
        catch (IOException exception) when (!cancellationToken.IsCancellationRequested)
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw AsTransportFailure(exception);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return (start.ToArray(), stream);
    }

    /// <summary>
    /// A body that broke while read here fails as it would have in <see cref="HttpContent"/>'s own buffering (an
    /// <see cref="HttpRequestException"/> around the I/O error), so the error translator and the retry rules
    /// see the transport failure they know.
    /// </summary>
    private static HttpRequestException AsTransportFailure(IOException exception) =>
        new((exception as HttpIOException)?.HttpRequestError ?? HttpRequestError.Unknown, "Error while copying content to a stream.", exception);

    /// <summary>A content that yields <paramref name="start"/>, then <paramref name="remainder"/>, with the original content headers.</summary>
    public static HttpContent Rebuild(byte[] start, Stream? remainder, IEnumerable<KeyValuePair<string, IEnumerable<string>>> contentHeaders, bool keepLength)
    {
        HttpContent content = remainder is null ? new ByteArrayContent(start) : new StreamContent(new PrefixedStream(start, remainder));
        foreach (var header in contentHeaders)
        {
            if (!keepLength && header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) continue;
            content.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
        return content;
    }
}
