using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;
using Seedance.Contracts.Errors;

namespace Seedance.Contracts.Telemetry;

/// <summary>
/// The SDK's <see cref="ActivitySource"/>, <see cref="Meter"/> and instruments, and the few helpers the
/// job template, the wait loop and the download use, so every span is tagged and failed the same way.
/// Tags hold only provider ids, catalog model ids, job ids, states, exception type names and status
/// codes: never a key, a prompt or a URL (the download span gets the host only), because traces and
/// metrics leave the process.
/// </summary>
internal static class SeedanceTelemetry
{
    public const string Submit = "seedance.submit";
    public const string GetStatus = "seedance.get_status";
    public const string Cancel = "seedance.cancel";
    public const string Wait = "seedance.wait";
    public const string Download = "seedance.download";

    public const string ProviderTag = "seedance.provider";
    public const string ModelTag = "seedance.model";
    public const string JobIdTag = "seedance.job.id";
    public const string JobStateTag = "seedance.job.state";
    public const string RawStatusTag = "seedance.job.raw_status";
    public const string ProgressTag = "seedance.job.progress";
    public const string ReasonTag = "seedance.retry.reason";
    public const string PollsTag = "seedance.wait.polls";

    // OpenTelemetry semantic conventions.
    public const string ErrorTypeTag = "error.type";
    public const string HttpStatusTag = "http.response.status_code";
    public const string ServerAddressTag = "server.address";

    /// <summary>The event added to the wait span for every status the wait sees.</summary>
    public const string StatusEvent = "seedance.job.status";

    /// <summary>The package version without the source-revision suffix (<c>0.1.0</c>, not <c>0.1.0+abc123</c>).</summary>
    public static readonly string Version = PackageVersion();

    public static readonly ActivitySource Source = new(SeedanceDiagnostics.ActivitySourceName, Version);

    public static readonly Meter Meter = new(SeedanceDiagnostics.MeterName, Version);

    public static readonly Counter<long> JobsSubmitted = Meter.CreateCounter<long>(
        "seedance.client.jobs.submitted", "{job}", "Jobs the providers accepted.");

    public static readonly Counter<long> JobsFinished = Meter.CreateCounter<long>(
        "seedance.client.jobs.finished", "{job}", "Jobs seen reaching a terminal state, by state.");

    public static readonly Histogram<double> WaitDuration = Meter.CreateHistogram<double>(
        "seedance.client.wait.duration", "s", "How long WaitForCompletionAsync waited, measured on the wait's clock.");

    public static readonly Histogram<long> Polls = Meter.CreateHistogram<long>(
        "seedance.client.job.polls", "{poll}", "Status reads one wait made.");

    public static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        "seedance.client.retries", "{retry}", "Requests the pipeline sent again, by reason.");

    public static readonly Counter<long> DownloadBytes = Meter.CreateCounter<long>(
        "seedance.client.download.bytes", "By", "Video bytes written to the caller's stream.");

    public static readonly Counter<long> ValidationRefused = Meter.CreateCounter<long>(
        "seedance.client.validation.refused", "{request}", "Submits refused before sending because the request broke a rule.");

    /// <summary>A span for one API call (the HTTP and Kiota spans nest under it while it is current).</summary>
    public static Activity? StartCall(string name, string provider)
    {
        var activity = Source.StartActivity(name, ActivityKind.Client);
        activity?.SetTag(ProviderTag, provider);
        return activity;
    }

    /// <summary>The span of a whole wait; it stays open across the polls, which nest under it.</summary>
    public static Activity? StartWait(string provider, string jobId)
    {
        var activity = Source.StartActivity(Wait, ActivityKind.Internal);
        activity?.SetTag(ProviderTag, provider);
        activity?.SetTag(JobIdTag, jobId);
        return activity;
    }

    /// <summary>Tags the job a call ended with.</summary>
    public static void Job(Activity? activity, VideoJobStatus status)
    {
        if (activity is null) return;
        activity.SetTag(JobIdTag, status.JobId);
        activity.SetTag(JobStateTag, status.State.ToString());
    }

    /// <summary>Tags the HTTP status of the call's last response, when one came.</summary>
    public static void HttpStatus(Activity? activity, System.Net.HttpStatusCode? status)
    {
        if (status is { } code) activity?.SetTag(HttpStatusTag, (int)code);
    }

    /// <summary>Marks the span failed with the exception's type only: messages can quote request values.</summary>
    public static void Fail(Activity? activity, Exception exception)
    {
        if (activity is null) return;
        activity.SetStatus(ActivityStatusCode.Error);
        activity.SetTag(ErrorTypeTag, exception.GetType().FullName);
        if (exception is SeedanceException { StatusCode: { } status }) activity.SetTag(HttpStatusTag, (int)status);
    }

    /// <summary>One event on the wait span per status seen.</summary>
    public static void StatusSeen(Activity? activity, VideoJobStatus status)
    {
        if (activity is null) return;
        var tags = new ActivityTagsCollection
        {
            [JobStateTag] = status.State.ToString(),
            [RawStatusTag] = status.RawStatus,
        };
        if (status.Progress is { } progress) tags[ProgressTag] = progress;
        activity.AddEvent(new ActivityEvent(StatusEvent, tags: tags));
    }

    public static void RecordSubmitted(string provider, string model) =>
        JobsSubmitted.Add(1, new(ProviderTag, provider), new(ModelTag, model));

    public static void RecordFinished(VideoJobStatus status) =>
        JobsFinished.Add(1, new(ProviderTag, status.Provider), new(JobStateTag, status.State.ToString()));

    public static void RecordRefused(string provider) =>
        ValidationRefused.Add(1, new KeyValuePair<string, object?>(ProviderTag, provider));

    public static void RecordDownload(string provider, long bytes) =>
        DownloadBytes.Add(bytes, new KeyValuePair<string, object?>(ProviderTag, provider));

    /// <summary>The wait's duration and poll count, tagged with how it ended.</summary>
    public static void RecordWait(string provider, VideoJobState state, Exception? failure, TimeSpan elapsed, long polls)
    {
        var tags = new TagList { { ProviderTag, provider }, { JobStateTag, state.ToString() } };
        if (failure is not null) tags.Add(ErrorTypeTag, failure.GetType().FullName);
        WaitDuration.Record(elapsed.TotalSeconds, tags);
        Polls.Record(polls, new KeyValuePair<string, object?>(ProviderTag, provider));
    }

    /// <summary>
    /// Counts one retry and marks it on the current span. Called by the HTTP pipeline; the reason is a
    /// short fixed word (a status code, <c>timeout</c>, <c>connection</c>), never a message.
    /// </summary>
    public static void RecordRetry(string provider, string reason)
    {
        Retries.Add(1, new(ProviderTag, provider), new(ReasonTag, reason));
        Activity.Current?.AddEvent(new ActivityEvent("seedance.retry", tags: new ActivityTagsCollection { [ReasonTag] = reason }));
    }

    private static string PackageVersion()
    {
        var assembly = typeof(SeedanceTelemetry).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational)) return assembly.GetName().Version?.ToString() ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
