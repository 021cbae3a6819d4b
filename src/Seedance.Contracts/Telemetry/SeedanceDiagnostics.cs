namespace Seedance.Contracts;

/// <summary>
/// The names to subscribe to for the SDK's traces and metrics, e.g.
/// <c>builder.AddSource(SeedanceDiagnostics.ActivitySourceName)</c> and
/// <c>builder.AddMeter(SeedanceDiagnostics.MeterName)</c> with OpenTelemetry. Both carry the package
/// version. No span, event, metric or tag holds an API key, a prompt or a URL's query string.
/// docs/telemetry.md lists the spans, tags and instruments.
/// </summary>
public static class SeedanceDiagnostics
{
    /// <summary>The <see cref="System.Diagnostics.ActivitySource"/> of the job API: submit, get status, cancel, wait, download.</summary>
    public const string ActivitySourceName = "Seedance";

    /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> of the job API.</summary>
    public const string MeterName = "Seedance";
}
