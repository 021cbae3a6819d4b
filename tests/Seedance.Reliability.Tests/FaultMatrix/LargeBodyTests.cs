using Seedance.Conformance.Replay;
using Seedance.Contracts;
using Seedance.Contracts.Errors;
using Seedance.Reliability.Tests.TestKit;
using Xunit.Abstractions;

namespace Seedance.Reliability.Tests.FaultMatrix;

/// <summary>
/// §2, 50 MiB body: a typed exception AND bounded memory. Memory is measured where it cannot be
/// polluted by tests running in parallel: the server counts how many bytes it managed to hand to the
/// socket before the client stopped reading. A client that buffers the body reads all 50 MiB; a
/// bounded one stops after its limit plus what the kernel's socket buffers absorb.
/// </summary>
public sealed class LargeBodyTests(ReplayHostFixture fixture, ITestOutputHelper output) : IClassFixture<ReplayHostFixture>
{
    /// <summary>Far below 50 MiB, above the SDK's read limits plus loopback socket buffers.</summary>
    private const long MaxConsumedBytes = 24L * 1024 * 1024;

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
        host.Given(Conformance.Replay.RequestPattern.For(op.Method, op.ExamplePath)).RespondWith(async (context, ct) =>
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

        var options = TestClients.Options(host.BaseUrl, new VirtualTimeProvider(), retry: Contracts.Http.RetryOptions.None);
        Exception? error;
        using (var pipeline = SeedancePipeline.Create(options, op.Provider))
        {
            (_, error) = await TestClients.Capture(op, pipeline);
        } // disposing the pipeline closes the connection, so a stalled server write ends
        await done.Task.WaitAsync(TestClients.HangGuard);

        output.WriteLine($"{op.Key} {status}: {TestClients.Describe(error)}; server wrote {Interlocked.Read(ref written) / 1024.0 / 1024:0.0} MiB");
        Assert.IsAssignableFrom<SeedanceException>(error);
        Assert.IsType(status == 200 ? typeof(SeedanceResponseFormatException) : typeof(SeedanceServerException), error);
        Assert.True(Interlocked.Read(ref written) < MaxConsumedBytes,
            $"the client consumed {Interlocked.Read(ref written)} bytes of a {FaultCatalog.LargeBodyBytes}-byte body: it buffered the whole body");
    }
}
