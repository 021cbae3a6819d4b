using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using Seedance.Contracts;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Http;
using Seedance.Reliability.Tests.TestKit;

namespace Seedance.Reliability.Tests.Fuzz;

/// <summary>The result of one fuzz case.</summary>
internal sealed record FuzzOutcome(string Outcome, Exception? Error);

/// <summary>What a parser's fuzz run found.</summary>
internal sealed record FuzzReport(string Parser, int Seed, int Cases, IReadOnlyDictionary<string, int> Outcomes, IReadOnlyList<string> Failures, TimeSpan Elapsed)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Parser}: seed {Seed} (SEEDANCE_FUZZ_SEED={Seed} to reproduce), {Cases} cases in {Elapsed.TotalSeconds:0.0} s: "
        + string.Join(", ", Outcomes.OrderByDescending(o => o.Value).Select(o => $"{o.Key} {o.Value}"));
}

/// <summary>
/// Feeds mutated bodies to a parser through the SDK's real response path (see <see cref="StubResponseHandler"/>),
/// on a few workers, with a watchdog that fails the run if one case takes longer than <see cref="CaseLimit"/>.
/// </summary>
internal static class FuzzRunner
{
    /// <summary>The longest one case may take before it counts as a hang (real time; a guard, not a speed assertion).</summary>
    public static readonly TimeSpan CaseLimit = TimeSpan.FromSeconds(20);

    /// <summary>A pipeline without retries (the status is fixed) against an in-memory handler.</summary>
    public static (SeedancePipeline Pipeline, StubResponseHandler Handler) InMemoryPipeline(string provider)
    {
        var handler = new StubResponseHandler();
        var options = TestClients.Options(new Uri("http://127.0.0.1:9"), retry: RetryOptions.None);
        options.PrimaryHandler = handler;
        return (SeedancePipeline.Create(options, provider), handler);
    }

    /// <summary>
    /// Classifies what a case ended in; null when the outcome is allowed for the parser. A 2xx ends in success or
    /// a format error, except a body that is an error envelope (a mutation can make one, e.g. <c>success</c>
    /// retyped to <c>false</c> next to an <c>error</c> object), which ends in the typed provider error with its 2xx status.
    /// </summary>
    public static string? Violation(FuzzParser parser, FuzzOutcome outcome, byte[] body)
    {
        switch (outcome.Error)
        {
            case null when parser.IsError:
                return $"an error status {(int)parser.Status} ended in success";
            case null:
                return null;
            case SeedanceException seedance when seedance.GetType() == typeof(SeedanceException):
                return "the SDK could not translate the failure (SeedanceCall's safety net fired): " + seedance.InnerException;
            case SeedanceException seedance when parser.IsError:
                if (seedance is SeedanceResponseFormatException) return "an error status was reported as a response format problem";
                return seedance.StatusCode == parser.Status ? null : $"the exception carries status {seedance.StatusCode}, not {(int)parser.Status}";
            case SeedanceException seedance when ErrorEnvelope.Matches(body):
                if (seedance is SeedanceResponseFormatException) return "an error envelope in a 2xx was reported as a response format problem";
                return seedance.StatusCode == parser.Status ? null : $"the envelope's exception carries status {seedance.StatusCode}, not {(int)parser.Status}";
            case SeedanceException seedance:
                return seedance is SeedanceResponseFormatException ? null : $"a 2xx ended in {seedance.GetType().Name}";
            default:
                return $"untyped exception escaped: {outcome.Error.GetType().FullName}";
        }
    }

    /// <summary>Runs one case through an in-memory pipeline.</summary>
    public static async Task<FuzzOutcome> RunCaseAsync(FuzzParser parser, SeedancePipeline pipeline, StubResponseHandler handler, FuzzCase fuzzCase)
    {
        handler.Status = parser.Status;
        handler.Body = fuzzCase.Body;
        try
        {
            await parser.Operation.Invoke(pipeline, parser.Operation.ExampleId, CancellationToken.None).ConfigureAwait(false);
            return new FuzzOutcome("ok", null);
        }
        catch (Exception exception)
        {
            return new FuzzOutcome(TestClients.Describe(exception), exception);
        }
    }

    /// <summary>Runs <paramref name="cases"/> cases of <paramref name="parser"/>.</summary>
    public static async Task<FuzzReport> RunAsync(FuzzParser parser, int seed, int cases, int workers)
    {
        var mutator = new JsonMutator(parser.Examples, seed);
        var outcomes = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var failures = new ConcurrentQueue<string>();
        var started = new long[workers];
        var current = new int[workers];
        var clock = Stopwatch.StartNew();

        var tasks = Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            var (pipeline, handler) = InMemoryPipeline(parser.Provider);
            using (pipeline)
            {
                for (var i = w; i < cases && failures.Count < 5; i += workers)
                {
                    Volatile.Write(ref current[w], i);
                    Volatile.Write(ref started[w], Stopwatch.GetTimestamp());
                    var fuzzCase = mutator.Create(i);
                    var outcome = await RunCaseAsync(parser, pipeline, handler, fuzzCase).ConfigureAwait(false);
                    outcomes.AddOrUpdate(outcome.Outcome, 1, (_, n) => n + 1);
                    if (Violation(parser, outcome, fuzzCase.Body) is { } violation)
                        failures.Enqueue(Describe(parser, seed, fuzzCase, violation, outcome.Error));
                }
                Volatile.Write(ref started[w], 0);
            }
        })).ToArray();

        var all = Task.WhenAll(tasks);
        while (!all.IsCompleted)
        {
            // Watchdog: a case that never returns (a hang, a runaway loop) fails the run instead of hanging CI.
            await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(1))).ConfigureAwait(false);
            for (var w = 0; w < workers; w++)
            {
                var since = Volatile.Read(ref started[w]);
                if (since != 0 && Stopwatch.GetElapsedTime(since) > CaseLimit)
                {
                    var fuzzCase = mutator.Create(Volatile.Read(ref current[w]));
                    throw new Xunit.Sdk.XunitException(Describe(parser, seed, fuzzCase, $"case did not finish within {CaseLimit.TotalSeconds} s (hang)", null));
                }
            }
        }
        await all.ConfigureAwait(false);
        return new FuzzReport(parser.Name, seed, cases, new Dictionary<string, int>(outcomes), failures.ToArray(), clock.Elapsed);
    }

    /// <summary>Everything needed to reproduce a failing case.</summary>
    public static string Describe(FuzzParser parser, int seed, FuzzCase fuzzCase, string problem, Exception? error)
    {
        var preview = Encoding.UTF8.GetString(fuzzCase.Body.AsSpan(0, Math.Min(fuzzCase.Body.Length, 400)));
        return $"{parser.Name}: {problem}{Environment.NewLine}"
            + $"  reproduce: SEEDANCE_FUZZ_SEED={seed}, case {fuzzCase.Index} ({fuzzCase.Recipe}){Environment.NewLine}"
            + $"  served: {(int)parser.Status} via {parser.Operation.Key}, {fuzzCase.Body.Length} bytes: {preview}{Environment.NewLine}"
            + $"  exception: {error}";
    }
}
