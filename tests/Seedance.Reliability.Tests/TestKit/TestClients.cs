using Microsoft.Extensions.Logging;
using Seedance.Contracts;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Http;

namespace Seedance.Reliability.Tests.TestKit;

/// <summary>Pipelines pointed at a replay host, with the distinctive fake key.</summary>
internal static class TestClients
{
    /// <summary>The fake key every test sends. It must never appear in a message, log line or file.</summary>
    public const string FakeKey = "sk-FAKE-7f3a9c-DO-NOT-LEAK";

    /// <summary>How long a test waits for one call before declaring it hung (real time; a hang guard, not an assertion on speed).</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    /// <summary>Options for a pipeline against <paramref name="baseUrl"/>: the fake key, the production retry policy.</summary>
    public static SeedanceClientOptions Options(Uri baseUrl, TimeProvider? time = null, ILoggerFactory? logs = null, RetryOptions? retry = null, TimeSpan? callTimeout = null) => new()
    {
        ApiKey = new SeedanceApiKey(FakeKey),
        BaseUrl = baseUrl,
        Retry = retry ?? new RetryOptions(),
        TimeProvider = time ?? TimeProvider.System,
        LoggerFactory = logs,
        CallTimeout = callTimeout ?? SeedanceClientOptions.DefaultCallTimeout,
    };

    /// <summary>Runs the operation and returns the result or the exception it threw; fails the test if it hangs.</summary>
    public static async Task<(object? Result, Exception? Error)> Capture(ReliabilityOperation op, SeedancePipeline pipeline, string? id = null, CancellationToken cancellationToken = default)
    {
        var task = op.Invoke(pipeline, id ?? op.ExampleId, cancellationToken);
        try
        {
            return (await task.WaitAsync(HangGuard, cancellationToken).ConfigureAwait(false), null);
        }
        catch (TimeoutException) when (!task.IsCompleted)
        {
            throw new Xunit.Sdk.XunitException($"{op.Key} did not finish within the {HangGuard.TotalSeconds} s hang guard");
        }
        catch (Exception exception)
        {
            return (null, exception);
        }
    }

    /// <summary>Short display name of an outcome: <c>ok</c>, or the exception type without <c>Seedance</c>/<c>Exception</c>.</summary>
    public static string Describe(Exception? error) => error switch
    {
        null => "ok",
        SeedanceException => error.GetType().Name.Replace("Seedance", "", StringComparison.Ordinal).Replace("Exception", "", StringComparison.Ordinal),
        _ => "UNTYPED " + error.GetType().Name,
    };
}
