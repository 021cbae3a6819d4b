using System.Globalization;
using System.Text.Json.Nodes;
using Seedance.Conformance.Scenarios;
using Seedance.Contracts;
using Seedance.Contracts.Catalog;
using Seedance.Contracts.Errors;
using Seedance.Contracts.Jobs;
using Seedance.Contracts.Providers.AceDataSeedance;
using Seedance.Contracts.Requests;

namespace Seedance.Conformance.Drivers;

/// <summary>
/// Runs a lifecycle scenario through the provider's <see cref="IVideoJobClient"/>: submit and wait,
/// submit and cancel, or ask for an unknown id. Returns the problems found (empty when it held).
/// </summary>
internal static class LifecycleDriver
{
    /// <summary>How long a live job may take before the scenario gives up (the job keeps running).</summary>
    public static readonly TimeSpan LiveDeadline = TimeSpan.FromMinutes(20);

    /// <summary>Runs the scenario's plan and checks its expectation.</summary>
    public static async Task<List<string>> RunAsync(Scenario scenario, DriverContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(context);
        var plan = scenario.Definition.Lifecycle ?? throw new InvalidDataException($"{scenario.Name} has no lifecycle plan");
        var expect = scenario.Definition.Expect!;
        // The job clients require a key; a scenario that wants none has no business here.
        var key = context.ApiKey ?? new SeedanceApiKey(ConformanceKeys.ReplayKey);
        var options = context.CreateOptions();
        if (context.IsLive) options.CallTimeout = LiveDeadline;
        using var client = scenario.Provider == ProviderId.AceDataSeedance
            ? new AceDataSeedanceJobClient(key, new AceDataSeedanceOptions { Http = options, Blocking = plan.Blocking == true })
            : SeedanceJobClients.Create(scenario.Provider, key, options);

        var seen = new List<VideoJobStatus>();
        try
        {
            VideoJobStatus final;
            switch (plan.Action)
            {
                case LifecyclePlan.UnknownTask:
                    final = await client.GetStatusAsync(ConformanceKeys.UnknownTaskId, cancellationToken).ConfigureAwait(false);
                    seen.Add(final);
                    break;
                case LifecyclePlan.Cancel:
                {
                    var job = await client.SubmitAsync(ToRequest(plan.Job), cancellationToken).ConfigureAwait(false);
                    if (job.LastStatus is { } first) seen.Add(first);
                    final = await job.CancelAsync(cancellationToken).ConfigureAwait(false);
                    seen.Add(final);
                    break;
                }
                default:
                {
                    var job = await client.SubmitAsync(ToRequest(plan.Job), cancellationToken).ConfigureAwait(false);
                    if (job.LastStatus is { IsTerminal: true } done)
                    {
                        seen.Add(done);
                        final = done;
                        break;
                    }
                    var wait = new WaitOptions
                    {
                        ThrowOnFailure = false,
                        PollInterval = context.PollInterval,
                        MinPollInterval = context.IsLive ? TimeSpan.FromSeconds(1) : TimeSpan.FromMilliseconds(1),
                        Deadline = context.IsLive ? LiveDeadline : TimeSpan.FromSeconds(5),
                    };
                    final = await job.WaitForCompletionAsync(wait, new InlineProgress(seen), cancellationToken).ConfigureAwait(false);
                    break;
                }
            }
            return CheckFinal(expect, final, seen, context.IsLive);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            context.ExceptionObserved?.Invoke(exception);
            return CheckError(expect, exception, context.IsLive);
        }
    }

    private static List<string> CheckFinal(ScenarioExpectation expect, VideoJobStatus final, List<VideoJobStatus> seen, bool live)
    {
        var problems = new List<string>();
        if (expect.Exception is not null)
        {
            problems.Add($"expected {expect.Exception}, but the job client returned {final}");
            return problems;
        }
        if (final.State.ToString() != expect.State) problems.Add($"final state {final.State} ({final.RawStatus}), expected {expect.State}");
        if (expect.State == nameof(VideoJobState.Succeeded) && final.VideoUrl is null) problems.Add("a succeeded job without a video URL");
        if (expect.State == nameof(VideoJobState.Failed) && final.Error is null) problems.Add("a failed job without the provider's error");
        if (live) return problems;
        if (expect.VideoUrl is not null && final.VideoUrl?.OriginalString != expect.VideoUrl) problems.Add($"video URL {final.VideoUrl?.GetLeftPart(UriPartial.Path)}, expected {expect.VideoUrl}");
        if (expect.ProviderCode is not null && final.Error?.Code != expect.ProviderCode) problems.Add($"job error code {final.Error?.Code ?? "none"}, expected {expect.ProviderCode}");
        if (expect.ProviderMessage is not null && final.Error?.Message != expect.ProviderMessage) problems.Add($"job error message {final.Error?.Message ?? "none"}, expected {expect.ProviderMessage}");
        if (expect.States is { } states)
        {
            var observed = seen.Select(s => s.RawStatus ?? "(none)").ToList();
            if (!observed.SequenceEqual(states.Select(s => s ?? "(none)"))) problems.Add($"status sequence [{string.Join(", ", observed)}], expected [{string.Join(", ", states)}]");
        }
        return problems;
    }

    private static List<string> CheckError(ScenarioExpectation expect, Exception exception, bool live)
    {
        var problems = new List<string>();
        if (exception is not SeedanceException error)
        {
            problems.Add($"{exception.GetType().Name} escaped the job client (every failure must be a SeedanceException): {exception.Message}");
            return problems;
        }
        if (expect.Exception is null)
        {
            problems.Add($"{error.GetType().Name}: {error.Message}");
            return problems;
        }
        if (error.GetType().Name != expect.Exception) problems.Add($"{error.GetType().Name}, expected {expect.Exception}: {error.Message}");
        // An empty AceData reply is a 200 the client turns into "not found": no status on the exception.
        var expectedStatus = expect.Status is >= 400 ? expect.Status : (int?)null;
        if ((int?)error.StatusCode != expectedStatus) problems.Add($"status {((int?)error.StatusCode)?.ToString(CultureInfo.InvariantCulture) ?? "none"}, expected {expectedStatus?.ToString(CultureInfo.InvariantCulture) ?? "none"}");
        if (expect.ProviderCode is not null && error.ProviderCode != expect.ProviderCode) problems.Add($"provider code {error.ProviderCode ?? "none"}, expected {expect.ProviderCode}");
        if (!live && expect.ProviderMessage is not null && error.ProviderMessage != expect.ProviderMessage) problems.Add($"provider message {error.ProviderMessage ?? "none"}, expected {expect.ProviderMessage}");
        return problems;
    }

    /// <summary>The <see cref="VideoRequest"/> a lifecycle job describes (camelCase fields).</summary>
    public static VideoRequest ToRequest(JsonObject? job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new VideoRequest
        {
            Prompt = (string)job["prompt"]!,
            Model = (string)job["model"]!,
            Duration = (int?)job["duration"],
            AspectRatio = (string?)job["aspectRatio"],
            Resolution = (string?)job["resolution"],
        };
    }

    // Progress<T> posts to the thread pool, so its reports could arrive after the wait returns; the
    // sequence check needs them in order and complete.
    private sealed class InlineProgress(List<VideoJobStatus> seen) : IProgress<VideoJobStatus>
    {
        public void Report(VideoJobStatus value)
        {
            lock (seen) seen.Add(value);
        }
    }
}
