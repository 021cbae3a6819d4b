using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Seedance.Contracts.Tests.JobKit;

/// <summary>One measurement of a Seedance instrument.</summary>
internal sealed record CapturedMeasurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags)
{
    public object? Tag(string name) => Tags.TryGetValue(name, out var value) ? value : null;
}

/// <summary>
/// Captures the spans and measurements of one test. Listeners are process-global and tests run in
/// parallel, so the capture starts its own root activity and keeps only what belongs to that trace:
/// spans by trace id (others are not even sampled), measurements by the trace of the activity current
/// when they were recorded (every Seedance instrument is recorded inside one of its spans).
/// </summary>
internal sealed class TelemetryCapture : IDisposable
{
    private readonly Activity _root;
    private readonly ActivityListener _spans;
    private readonly MeterListener _meters;
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ConcurrentQueue<CapturedMeasurement> _measurements = new();

    private TelemetryCapture()
    {
        _root = new Activity("telemetry-test").SetIdFormat(ActivityIdFormat.W3C).Start();
        var trace = _root.TraceId;
        _spans = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> options) =>
                options.TraceId == trace ? ActivitySamplingResult.AllDataAndRecorded : ActivitySamplingResult.None,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == trace) _stopped.Enqueue(activity);
            },
        };
        ActivitySource.AddActivityListener(_spans);

        _meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == SeedanceDiagnostics.MeterName) listener.EnableMeasurementEvents(instrument);
            },
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(trace, instrument, value, tags));
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(trace, instrument, value, tags));
        _meters.Start();
    }

    /// <summary>The test's root span; everything the SDK starts in the test is below it.</summary>
    public Activity Root => _root;

    /// <summary>Spans of this test that ended, in the order they ended.</summary>
    public IReadOnlyList<Activity> Spans => [.. _stopped];

    public IReadOnlyList<CapturedMeasurement> Measurements => [.. _measurements];

    /// <summary>Starts capturing; the root becomes <see cref="Activity.Current"/> for the calling flow.</summary>
    public static TelemetryCapture Start() => new();

    public IReadOnlyList<Activity> Named(string name) => Spans.Where(a => a.OperationName == name).ToArray();

    public IReadOnlyList<CapturedMeasurement> Of(string instrument) => Measurements.Where(m => m.Instrument == instrument).ToArray();

    /// <summary>True when <paramref name="ancestor"/> is above <paramref name="span"/> in the captured tree.</summary>
    public bool IsBelow(Activity span, Activity ancestor)
    {
        var byId = Spans.ToDictionary(a => a.SpanId);
        for (var parent = span.ParentSpanId; parent != default; parent = byId.TryGetValue(parent, out var next) ? next.ParentSpanId : default)
        {
            if (parent == ancestor.SpanId) return true;
        }

        return false;
    }

    public void Dispose()
    {
        _meters.Dispose();
        _spans.Dispose();
        _root.Stop();
    }

    private void Record<T>(ActivityTraceId trace, Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct
    {
        if (Activity.Current?.TraceId != trace) return;
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags) copy[tag.Key] = tag.Value;
        _measurements.Enqueue(new CapturedMeasurement(instrument.Name, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), copy));
    }
}
