using Seedance.Conformance.Replay;
using Seedance.Contracts;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Http;
using Seedance.Reliability.Tests.TestKit;
using Xunit.Abstractions;

namespace Seedance.Reliability.Tests.FaultMatrix;

/// <summary>
/// §2, 50 MiB body: a typed exception AND bounded memory. Memory is measured where tests running in
/// parallel cannot pollute it: a counting primary handler records how many body bytes the SDK pulled
/// from the socket. A client that buffers the body reads all 50 MiB; the SDK reads at most 1 MiB of an
/// error body and nothing of a JSON success body whose Content-Length is over its 16 MiB parse limit.
/// </summary>
public sealed class LargeBodyTests(ReplayHostFixture fixture, ITestOutputHelper output) : IClassFixture<ReplayHostFixture>
{
    /// <summary>The error-body read limit plus one read buffer of slack.</summary>
    private const long MaxConsumedBytes = ErrorCaptureHandler.MaxBufferedErrorBodyBytes + 128 * 1024;

    public static TheoryData<string, int, string> Cases()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var op in OperationTable.All)
        {
            data.Add(op.Key, 200, "application/json");
            data.Add(op.Key, 500, "text/html");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Fifty_MiB_body_is_not_read_whole(string operation, int status, string contentType)
    {
        var op = OperationTable.Get(operation);
        var host = fixture.Host;
        host.Reset();
        long written = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Given(RequestPattern.For(op.Method, op.ExamplePath)).RespondWith(async (context, ct) =>
        {
            try
            {
                context.Response.StatusCode = status;
                context.Response.ContentType = contentType;
                context.Response.ContentLength = FaultCatalog.LargeBodyBytes;
                var chunk = new byte[64 * 1024];
                for (long offset = 0; offset < FaultCatalog.LargeBodyBytes; offset += chunk.Length)
                {
                    Faults.FillLargeBody(chunk, offset);
                    await context.Response.Body.WriteAsync(chunk, ct);
                    await context.Response.Body.FlushAsync(ct);
                    Interlocked.Add(ref written, chunk.Length);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException)
            {
                // the client went away: that is the point
            }
            finally
            {
                done.TrySetResult();
            }
        });

        var counter = new CountingHandler();
        var options = TestClients.Options(host.BaseUrl, new AutoAdvancingTimeProvider(), retry: RetryOptions.None);
        options.PrimaryHandler = counter;
        Exception? error;
        using (var pipeline = SeedancePipeline.Create(options, op.Provider))
        {
            (_, error) = await TestClients.Capture(op, pipeline);
        } // disposing the pipeline closes the connection, so a stalled server write ends
        await done.Task.WaitAsync(TestClients.HangGuard);

        output.WriteLine($"{op.Key} {status}: {TestClients.Describe(error)}; the SDK read {counter.BytesRead / 1024.0:0.#} KiB, the server wrote {Interlocked.Read(ref written) / 1024.0 / 1024:0.0} MiB");
        Assert.IsAssignableFrom<SeedanceException>(error);
        Assert.IsType(status == 200 ? typeof(SeedanceResponseFormatException) : typeof(SeedanceServerException), error);
        Assert.True(counter.BytesRead <= MaxConsumedBytes,
            $"the SDK read {counter.BytesRead} bytes of a {FaultCatalog.LargeBodyBytes}-byte body (limit {MaxConsumedBytes})");
    }

    [Fact]
    public async Task Chunked_50_MiB_json_success_body_stops_at_the_parse_limit()
    {
        var op = OperationTable.Get("cometapi-videos/getVideo");
        var host = fixture.Host;
        host.Reset();
        host.Given(RequestPattern.For(op.Method, op.ExamplePath)).RespondWith(async (context, ct) =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json"; // no Content-Length: chunked
            var chunk = new byte[64 * 1024];
            try
            {
                for (long offset = 0; offset < FaultCatalog.LargeBodyBytes; offset += chunk.Length)
                {
                    Faults.FillLargeBody(chunk, offset);
                    await context.Response.Body.WriteAsync(chunk, ct);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException)
            {
            }
        });
        var counter = new CountingHandler();
        var options = TestClients.Options(host.BaseUrl, new AutoAdvancingTimeProvider(), retry: RetryOptions.None);
        options.PrimaryHandler = counter;
        Exception? error;
        using (var pipeline = SeedancePipeline.Create(options, op.Provider))
        {
            (_, error) = await TestClients.Capture(op, pipeline);
        }
        output.WriteLine($"{TestClients.Describe(error)}; the SDK read {counter.BytesRead / 1024.0 / 1024:0.0} MiB: {error?.Message}");
        var format = Assert.IsType<SeedanceResponseFormatException>(error);
        Assert.Contains("MaxParsedSuccessBodyBytes", format.Message, StringComparison.Ordinal);
        Assert.True(counter.BytesRead <= ErrorCaptureHandler.MaxParsedSuccessBodyBytes + 256 * 1024, $"read {counter.BytesRead} bytes");
    }
}
