using System.Diagnostics;
using Seedance.Conformance.Drivers;
using Seedance.Conformance.Scenarios;
using Seedance.Contracts;

namespace Seedance.Conformance.Running;

/// <summary>Runs one scenario against a target: prepare, drive, check the expectation, check the target side.</summary>
internal static class ScenarioRunner
{
    /// <summary>Runs <paramref name="scenario"/> with in-process <paramref name="hooks"/>; never throws except for the caller's cancellation.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="target">Where it runs.</param>
    /// <param name="hooks">Logger, stub-server key and exception observer; null for none.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static Task<ScenarioResult> RunAsync(Scenario scenario, ScenarioTarget target, ConformanceHooks? hooks, CancellationToken cancellationToken) =>
        RunAsync(scenario, target, hooks, review: null, cancellationToken);

    /// <summary>Runs <paramref name="scenario"/> and checks every response it saw against the spec; never throws except for the caller's cancellation.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="target">Where it runs.</param>
    /// <param name="hooks">Logger, stub-server key and exception observer; null for none.</param>
    /// <param name="review">Schema and drift checks of the responses; null for none.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static async Task<ScenarioResult> RunAsync(Scenario scenario, ScenarioTarget target, ConformanceHooks? hooks, ResponseReview? review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(target);
        var clock = Stopwatch.StartNew();
        Action<Exception>? observe = hooks?.ExceptionObserved is { } observed ? exception => observed(scenario.Name, exception) : null;
        IReadOnlyList<Schemas.DriftItem> drift = [];
        ScenarioResult Result(ScenarioOutcome outcome, string? message) =>
            new(scenario.Name, scenario.Provider, scenario.Operation, scenario.Case, scenario.Kind, target.Mode, outcome, clock.Elapsed,
                message is null ? null : target.Scrub(message))
            {
                // Drift quotes what the provider sent (field names, enum values): scrubbed like messages.
                Drift = drift.Select(d => d with { Pointer = target.Scrub(d.Pointer), Detail = target.Scrub(d.Detail) }).ToList(),
            };

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(target.ScenarioTimeout);
        try
        {
            var setup = await target.PrepareAsync(scenario, timeout.Token).ConfigureAwait(false);
            if (setup.SkipReason is { } reason) return Result(ScenarioOutcome.Skipped, reason);

            var keyKind = scenario.Definition.Request?.Key ?? ScenarioKinds.ValidKey;
            var key = keyKind switch
            {
                ScenarioKinds.InvalidKey => new SeedanceApiKey(ConformanceKeys.InvalidKey),
                ScenarioKinds.NoKey => null,
                _ => !target.IsLive && hooks?.ReplayKey is { } replayKey ? new SeedanceApiKey(replayKey) : target.ValidKey(scenario.Provider),
            };
            var context = new DriverContext(scenario.Provider, setup.BaseUrl!, key, target.IsLive)
            {
                LoggerFactory = hooks?.LoggerFactory,
                ExceptionObserved = observe,
            };
            var problems = scenario.Kind == ScenarioKinds.Lifecycle
                ? await LifecycleDriver.RunAsync(scenario, context, timeout.Token).ConfigureAwait(false)
                : await RunOperationAsync(scenario, context, timeout.Token).ConfigureAwait(false);
            if (!target.ChecksExpectation) problems.Clear();
            if (review is not null && target.ChecksExpectation) drift = review.Review(scenario, context.Recorder.Exchanges, problems);
            problems.AddRange(await target.VerifyAsync(scenario, context, timeout.Token).ConfigureAwait(false));
            return problems.Count == 0 ? Result(ScenarioOutcome.Passed, null) : Result(ScenarioOutcome.Failed, string.Join("; ", problems));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Result(ScenarioOutcome.Failed, $"did not finish within {target.ScenarioTimeout.TotalSeconds:0} s");
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            observe?.Invoke(exception);
            return Result(ScenarioOutcome.Failed, $"{exception.GetType().Name}: {exception.Message}");
        }
    }

    private static async Task<List<string>> RunOperationAsync(Scenario scenario, DriverContext context, CancellationToken cancellationToken)
    {
        var driver = OperationDrivers.For(scenario.Provider, scenario.Operation);
        if (driver is null) return [$"no driver for {scenario.Provider}/{scenario.Operation} (add one to Drivers/OperationDrivers.cs)"];
        var expect = scenario.Definition.Expect!;
        using var pipeline = context.CreatePipeline();
        try
        {
            var result = await driver.InvokeAsync(pipeline, scenario.Definition.Request ?? new ScenarioRequest(), cancellationToken).ConfigureAwait(false);
            return ExpectationCheck.Success(expect, result, context.Recorder.Exchanges.LastOrDefault(), context.IsLive);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            context.ExceptionObserved?.Invoke(exception);
            return ExpectationCheck.Failure(expect, exception, context.IsLive);
        }
    }
}
